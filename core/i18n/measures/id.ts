/**
 * Indonesian text of the 22 measures. Faithful to the Chinese clauses in
 * core/rules/measures; terms follow core/i18n/glossary.md (Indonesian usage:
 * Tiongkok, perusahaan, pajak, gratis; not the Malaysian forms). Amounts,
 * rates and durations are `{placeholders}` filled from the rules core.
 */
import type { MeasureTexts } from "./types.ts";

/** The measures in Indonesian. */
export const id: MeasureTexts = {
  m01: {
    title: "Kantor bebas sewa",
    summary:
      "Perusahaan dan tim yang masuk ke ruang pamer Pusat, Kawasan Industri Informasi Geografis dan Aplikasi Satelit Tiongkok–ASEAN, atau Pusat Inovasi Kolaboratif Kota Cerdas Baru Tiongkok–ASEAN dapat memperoleh kantor siap pakai tanpa biaya sewa. Setiap penerima mendapat paling banyak {areaPerPerson} per orang dan total paling banyak {areaCap}, dengan masa dukungan sekurang-kurangnya {minTermYears}. Perusahaan manufaktur AI yang menyewa pabrik standar untuk produksi dapat memperoleh dukungan khusus tersendiri.",
    keywords: ["kantor", "kantor gratis", "sewa kantor", "bebas sewa", "gratis sewa", "ruang kerja", "ruang kantor", "coworking", "meja kerja", "kantor siap pakai", "tempat usaha", "pabrik", "gudang", "office", "inkubator", "tenant"],
  },
  m02: {
    title: "Dana awal usaha untuk tim talenta",
    summary:
      "Tim talenta inovasi yang masuk ke Pusat dapat memperoleh dana awal usaha: paling banyak {startupCap} untuk tim rintisan, paling banyak {highLevelCap} untuk tim tingkat tinggi, dan paling banyak {leadingCap} untuk tim terkemuka. Tingkat tim dan besaran dana ditetapkan saat pengajuan dinilai.",
    keywords: ["dana awal", "modal awal", "modal usaha", "pendanaan", "hibah", "dana hibah", "bantuan dana", "uang", "tim talenta", "pendiri", "wirausaha", "startup", "usaha rintisan", "mulai usaha", "talenta unggul", "subsidi"],
  },
  m03: {
    title: "Apartemen talenta dan penginapan lulusan",
    summary:
      "Perusahaan dan tim yang masuk ke Pusat dapat memperoleh kuota apartemen talenta bebas sewa bagi eksekutif dan staf teknis inti, paling lama {apartmentYears} dan paling banyak {apartmentPlacesCap}. Lulusan perguruan tinggi yang tidak memiliki registrasi kependudukan (hukou) di wilayah kota Nanning, lulus dalam {graduateWindowYears} terakhir, dan datang mencari kerja di perusahaan AI di Pusat dapat mengajukan menginap gratis di stasiun talenta paling lama {stationNights}. Pembelian rumah oleh talenta didukung sesuai kebijakan yang berlaku.",
    keywords: ["tempat tinggal", "apartemen", "rumah", "hunian", "apartemen gratis", "asrama", "kos", "penginapan gratis", "lulusan", "fresh graduate", "cari kerja", "stasiun talenta", "beli rumah", "akomodasi", "mes karyawan"],
  },
  m04: {
    title: "Stan pameran dan acara peluncuran",
    summary:
      "Perusahaan AI dan organisasi industri yang memakai ruang pamer Pusat untuk promosi, peluncuran produk baru, atau roadshow proyek dapat memperoleh stan bebas sewa paling lama {boothMonths}. Untuk peluncuran solusi teknologi penting, peluncuran produk cerdas baru, roadshow proyek, dan acara serupa, dukungannya {eventRate} dari biaya acara yang benar-benar dikeluarkan, paling banyak {eventCap}.",
    keywords: ["stan", "booth", "pameran", "stan gratis", "ruang pamer", "peluncuran produk", "launching", "roadshow", "promosi", "pemasaran", "demo produk", "pitching", "subsidi acara", "konferensi pers"],
  },
  m05: {
    title: "Dukungan tambahan untuk perusahaan ASEAN",
    summary:
      "Perusahaan penanaman modal asing atau tim dari negara ASEAN yang masuk ke Pusat dapat memperoleh paling banyak {multiplier} lipat dukungan kantor, dana awal usaha, hunian, dan pameran pada empat langkah pertama. Besarnya ditentukan sesuai keadaan nyata masing-masing.",
    keywords: ["ASEAN", "perusahaan ASEAN", "perusahaan asing", "PMA", "penanaman modal asing", "investasi asing", "dukungan ganda", "dua kali lipat", "Indonesia", "Vietnam", "Thailand", "Malaysia", "Filipina", "Singapura", "Kamboja", "Laos", "Myanmar", "Brunei"],
  },
  m06: {
    title: "Dataset berkualitas tinggi",
    summary:
      "Perusahaan, perguruan tinggi, lembaga riset, dan pihak lain yang membangun dataset berkualitas tinggi (termasuk korpus) melalui pengumpulan, pembersihan, pelabelan, dan evaluasi data dapat memperoleh penghargaan paling banyak {cap}. Dataset dinilai menurut jenis data, skala, kualitas, serta keterbukaan dan berbagi pakai, dan peringkatnya menentukan besaran penghargaan.",
    keywords: ["dataset", "data", "korpus", "pelabelan data", "anotasi", "pembersihan data", "pengumpulan data", "data latih", "data berkualitas", "data terbuka", "berbagi data", "penghargaan", "hadiah", "universitas", "lembaga riset"],
  },
  m07: {
    title: "Produk dari data publik Nanning",
    summary:
      "Perusahaan, perguruan tinggi, lembaga riset, dan pihak lain didorong mengembangkan dan memanfaatkan sumber data publik Kota Nanning melalui platform operasi data publik berizin Nanning. Yang menghasilkan produk data atau layanan data berkualitas tinggi dapat memperoleh penghargaan paling banyak {cap}.",
    keywords: ["data publik", "data pemerintah", "data terbuka", "data Nanning", "produk data", "layanan data", "platform data", "integrasi data", "pemanfaatan data", "penghargaan", "API", "open data"],
  },
  m08: {
    title: "Riset teknologi kunci dan inti",
    summary:
      "Nanning membentuk program khusus sains dan teknologi AI serta mengajak perusahaan AI Tiongkok dan ASEAN mendirikan pusat litbang di Pusat. Riset teknologi mutakhir dan komersialisasinya secara lokal, di bidang seperti pengembangan model, pemrosesan data yang efisien, cip AI, keamanan data lintas batas, dan kecerdasan berwujud (embodied AI), dapat didukung paling banyak {projectCap} per proyek setelah proyek disetujui.",
    keywords: ["riset", "penelitian", "litbang", "R&D", "teknologi inti", "teknologi kunci", "proyek teknologi", "cip AI", "chip", "embodied AI", "robot", "model besar", "LLM", "pusat litbang", "keamanan data", "dana proyek", "inovasi"],
  },
  m09: {
    title: "Voucher daya komputasi dan voucher korpus",
    summary:
      "Setiap tahun diterbitkan voucher daya komputasi paling banyak {computePool} bagi perusahaan, perguruan tinggi, lembaga riset, dan pihak lain yang membeli layanan komputasi Pusat: penghargaannya {computeRate} dari nilai tagihan sebenarnya atas daya komputasi yang dipakai, paling banyak {computeCap} per tahun. Setiap tahun juga diterbitkan voucher korpus paling banyak {corpusPool} untuk membeli korpus dari pihak yang tidak berelasi bagi riset dan penerapan model: penghargaannya {corpusRate} dari nilai transaksi sebenarnya, paling banyak {corpusCap}.",
    keywords: ["voucher", "voucher komputasi", "daya komputasi", "GPU", "sewa GPU", "komputasi awan", "cloud", "pelatihan model", "melatih model", "korpus", "voucher korpus", "data latih", "beli data", "kupon", "biaya komputasi", "fine-tuning"],
  },
  m10: {
    title: "Skenario penerapan percontohan",
    summary:
      "Setiap tahun dipilih skenario penerapan percontohan unggulan \"AI+\" di bidang budaya dan pariwisata, manufaktur, keuangan, transportasi, pertanian, kesehatan, pendidikan, tata kelola sosial, dan lainnya, berdasarkan kesesuaian, inovasi, dan hasil penerapannya. Setiap skenario terpilih dapat memperoleh penghargaan paling banyak {scenarioCap}, sesuai skala pembangunannya.",
    keywords: ["skenario penerapan", "use case", "penerapan AI", "AI+", "proyek percontohan", "pilot", "proyek unggulan", "implementasi", "manufaktur", "kesehatan", "pendidikan", "keuangan", "pertanian", "pariwisata", "transportasi", "penghargaan"],
  },
  m11: {
    title: "Pendaftaran model AI generatif (CAC)",
    summary:
      "Perusahaan yang model AI generatifnya telah terdaftar (filing) di Administrasi Ruang Siber Tiongkok (CAC) dapat memperoleh penghargaan paling banyak {cap}. Besarnya bergantung pada hasil evaluasi teknis model (atau penilaian setara) dan biaya evaluasi terkait.",
    keywords: ["pendaftaran model", "filing", "CAC", "AI generatif", "registrasi", "kepatuhan", "izin", "pendaftaran algoritma", "model besar", "evaluasi model", "penghargaan", "regulasi", "chatbot", "lisensi"],
  },
  m12: {
    title: "Pelatihan AI bagi peserta ASEAN",
    summary:
      "Lembaga pelatihan dari semua tingkat dan jenis didorong menyelenggarakan pelatihan dan praktik AI di ruang pamer Pusat bagi aparatur sipil negara, karyawan perusahaan, dan kelompok lain dari negara ASEAN. Penyelenggara yang melatih sekurang-kurangnya {minTrainees} dalam setahun dapat memperoleh penghargaan paling banyak {cap}.",
    keywords: ["pelatihan", "kursus", "workshop", "pelatihan AI", "pelatihan ASEAN", "ASN", "pegawai negeri", "pelatihan karyawan", "bootcamp", "kelas", "mengajar", "lembaga pelatihan", "praktik", "penghargaan"],
  },
  m13: {
    title: "Forum, KTT, pameran, dan kompetisi",
    summary:
      "Penyelenggaraan forum AI tingkat tinggi, konferensi tingkat tinggi industri, pameran dagang, kompetisi, dan acara serupa yang ditujukan ke ASEAN dan berpengaruh internasional sangat didorong. Acara yang diakui Pusat dapat didukung {rate} dari biayanya, paling banyak {aseanCap} bila diadakan di negara ASEAN dan paling banyak {centerCap} bila diadakan di Pusat.",
    keywords: ["forum", "KTT", "konferensi", "seminar", "pameran", "expo", "kompetisi", "lomba", "hackathon", "acara", "event", "sponsor acara", "subsidi acara", "acara ASEAN"],
  },
  m14: {
    title: "Penerapan AI di negara ASEAN",
    summary:
      "Perusahaan yang sudah masuk ke Pusat didorong bekerja sama dengan perusahaan dan lembaga ASEAN dalam inovasi bersama, pengembangan model, dan penerapan, di bidang seperti layanan pemerintahan, kota cerdas, komunikasi internasional, pertanian cerdas, telemedis, peringatan dini bencana, keamanan, perdagangan internasional, pendidikan cerdas, dan manajemen energi. Setelah penerapannya benar-benar berjalan di negara ASEAN, proyek dapat didukung {rate} dari investasi sebenarnya, paling banyak {projectCap}, setelah dinilai.",
    keywords: ["proyek ASEAN", "ekspansi ke luar negeri", "go global", "ekspor", "Asia Tenggara", "pasar ASEAN", "inovasi bersama", "kerja sama", "mitra", "kota cerdas", "telemedis", "pertanian cerdas", "e-government", "lokalisasi", "ekspansi"],
  },
  m15: {
    title: "Pembangunan pusat komputasi cerdas",
    summary:
      "Berbagai pihak didorong berinvestasi membangun pusat komputasi cerdas yang menyediakan layanan komputasi bagi Pusat. Proyek baru berkapasitas sekurang-kurangnya {minPflops} mendapat dukungan prioritas sesuai kebijakan terkait untuk lahan, perizinan proyek, pengajuan dana, kebutuhan energi, dan pembiayaan.",
    keywords: ["pusat data", "data center", "pusat komputasi", "komputasi cerdas", "klaster GPU", "bangun data center", "daya komputasi", "infrastruktur", "lahan", "energi", "pembiayaan", "investasi", "server", "PFlops"],
  },
  m16: {
    title: "Biaya listrik lebih rendah dengan listrik hijau",
    summary:
      "Perusahaan daya komputasi didorong ikut dalam uji coba integrasi sumber–jaringan–beban–penyimpanan, jaringan mikro (microgrid), dan pasokan listrik hijau langsung. Melalui koordinasi komputasi dan listrik serta perdagangan listrik hijau, biaya listrik mereka diturunkan. Tidak ada bantuan uang tunai; keikutsertaan bergantung pada uji coba yang dibuka.",
    keywords: ["listrik", "biaya listrik", "tagihan listrik", "tarif listrik", "listrik hijau", "energi terbarukan", "energi", "microgrid", "jaringan mikro", "listrik data center", "hemat listrik", "perdagangan listrik hijau", "biaya energi"],
  },
  m17: {
    title: "Penghargaan untuk eksekutif senior",
    summary:
      "Eksekutif yang baru direkrut oleh perusahaan AI utama yang sudah masuk ke Pusat untuk jabatan manajemen senior, dan digaji oleh perusahaan itu, dapat menerima penghargaan sebesar {rate} dari gaji setelah pajaknya. Penghargaan diberikan paling lama {years}.",
    keywords: ["eksekutif", "manajer senior", "direktur", "CEO", "CTO", "talenta manajemen", "rekrut eksekutif", "gaji", "gaji setelah pajak", "bonus", "penghargaan", "insentif talenta", "perekrutan", "headhunter", "penghasilan"],
  },
  m18: {
    title: "Penghargaan untuk talenta teknologi papan atas",
    summary:
      "Perusahaan AI berbasis teknologi di atas skala yang ditetapkan yang sudah masuk ke Pusat dapat merekrut talenta teknologi papan atas dengan total gaji tahunan sekurang-kurangnya {band1Pay}, {band2Pay}, atau {band3Pay}. Talenta tersebut menerima penghargaan gaji masing-masing {band1Rate}, {band2Rate}, atau {band3Rate} dari gaji setelah pajak, paling lama {years}. “Di atas skala yang ditetapkan” berarti pendapatan tahunan perusahaan mencapai ambang yang dipakai statistik resmi Tiongkok untuk menggolongkan perusahaan besar.",
    keywords: ["insinyur", "engineer", "insinyur AI", "ilmuwan", "peneliti", "talenta teknologi", "talenta unggul", "rekrutmen", "gaji", "gaji setelah pajak", "insentif gaji", "bonus", "programmer", "doktor", "developer"],
  },
  m19: {
    title: "Keringanan pajak penghasilan badan (bagian daerah)",
    summary:
      "Perusahaan yang memenuhi ketentuan insentif pajak yang berlaku di Zona Kerja Sama Industri Tiongkok–ASEAN atau ketentuan serupa dibebaskan dari bagian daerah pajak penghasilan badan selama {fullReliefYears} pertama, dan membayar separuhnya dari tahun ke-{halfReliefFromYear} sampai tahun ke-{halfReliefUntilYear}. Tahun dihitung sejak tahun diperolehnya pendapatan usaha pertama.",
    keywords: ["pajak", "keringanan pajak", "pembebasan pajak", "insentif pajak", "pajak penghasilan badan", "PPh badan", "tax holiday", "potongan pajak", "bebas pajak", "bagian daerah", "fasilitas pajak", "bayar pajak", "tax"],
  },
  m20: {
    title: "Dana industri AI",
    summary:
      "Dana industri AI dengan total {fundSize} menghimpun modal negara, modal swasta, dan modal keuangan. Dana ini terutama mendukung perusahaan dan proyek AI tahap rintisan dan bertumbuh, melalui investasi ekuitas yang diputuskan oleh dana tersebut.",
    keywords: ["investasi", "investor", "modal ventura", "VC", "ekuitas", "saham", "dana", "dana industri", "pendanaan", "cari modal", "penggalangan dana", "angel investor", "Series A", "modal", "suntikan modal"],
  },
  m21: {
    title: "Subsidi bunga pinjaman",
    summary:
      "Lembaga keuangan didorong memberikan pinjaman berbunga rendah kepada perusahaan AI, dan dana pemerintah memberi subsidi bunga paling banyak {maxPoints} dari suku bunga pinjaman, tetapi tidak lebih dari {maxShareOfInterest} bunga yang dibayar perusahaan kepada bank. Setiap perusahaan dapat menerima subsidi paling lama {maxYears}, dengan total paling banyak {totalCap}.",
    keywords: ["pinjaman", "kredit", "pinjaman bank", "bunga", "subsidi bunga", "bunga rendah", "suku bunga", "pembiayaan", "biaya pembiayaan", "utang", "bank", "pinjam uang", "modal kerja", "loan"],
  },
  m22: {
    title: "Bantuan mengajukan pendanaan lain",
    summary:
      "Perusahaan yang sudah masuk ke Pusat dibantu sepenuhnya untuk mengajukan kebijakan insentif nasional, Daerah Otonom Guangxi, dan Kota Nanning di bidang pajak, litbang, talenta, dan lainnya. Proyeknya dapat dimasukkan sebagai proyek perencanaan utama, dan diprioritaskan saat mengajukan dana khusus seperti obligasi negara, obligasi khusus, dan dana fiskal. Ini berupa bantuan pengajuan, bukan bantuan uang tunai.",
    keywords: ["pengajuan", "mengajukan", "dana pemerintah", "pengajuan hibah", "pengajuan subsidi", "dana khusus", "obligasi negara", "obligasi khusus", "dana fiskal", "kebijakan insentif", "proyek utama", "bantuan pengajuan", "proposal", "administrasi"],
  },
};
