/**
 * Malay (Malaysia) text of the 22 measures. Faithful to the Chinese clauses
 * in core/rules/measures; terms follow core/i18n/glossary.md (Malaysian
 * usage: syarikat, cukai, percuma, wang; not the Indonesian forms). Amounts,
 * rates and durations are `{placeholders}` filled from the rules core.
 */
import type { MeasureTexts } from "./types.ts";

/** The measures in Malay. */
export const ms: MeasureTexts = {
  m01: {
    title: "Ruang pejabat tanpa sewa",
    summary:
      "Syarikat dan pasukan yang bertapak di ruang pameran Pusat, Taman Perindustrian Maklumat Geografi dan Aplikasi Satelit China–ASEAN atau Pusat Inovasi Kolaboratif Bandar Pintar Baharu China–ASEAN boleh mendapat pejabat lengkap yang sedia diduduki tanpa sewa. Setiap penerima boleh mendapat sehingga {areaPerPerson} bagi setiap orang dan sehingga {areaCap} secara keseluruhan, untuk tempoh sokongan sekurang-kurangnya {minTermYears}. Syarikat pembuatan AI yang menyewa kilang standard untuk pengeluaran boleh mendapat sokongan khas yang berasingan.",
    keywords: ["pejabat", "pejabat percuma", "sewa pejabat", "tanpa sewa", "sewa percuma", "ruang kerja", "ruang pejabat", "coworking", "meja", "pejabat lengkap", "premis", "kilang", "bengkel", "office", "inkubator", "tempat kerja"],
  },
  m02: {
    title: "Dana permulaan untuk pasukan bakat",
    summary:
      "Pasukan bakat inovasi yang bertapak di Pusat boleh mendapat dana permulaan perniagaan: sehingga {startupCap} bagi pasukan permulaan, sehingga {highLevelCap} bagi pasukan peringkat tinggi dan sehingga {leadingCap} bagi pasukan peneraju. Peringkat pasukan dan jumlahnya ditetapkan semasa permohonan dinilai.",
    keywords: ["dana permulaan", "modal permulaan", "modal", "pembiayaan", "geran", "dana", "wang", "bantuan kewangan", "pasukan bakat", "pengasas", "usahawan", "startup", "syarikat permulaan", "mula perniagaan", "bakat peneraju", "subsidi"],
  },
  m03: {
    title: "Apartmen bakat dan penginapan graduan",
    summary:
      "Syarikat dan pasukan yang bertapak di Pusat boleh mendapat tempat apartmen bakat tanpa sewa bagi eksekutif kanan dan kakitangan teknikal utama, sehingga {apartmentYears} dan sehingga {apartmentPlacesCap}. Graduan tanpa pendaftaran isi rumah (hukou) di kawasan bandar Nanning yang tamat pengajian dalam tempoh {graduateWindowYears} dan datang mencari kerja di syarikat AI di Pusat boleh memohon penginapan percuma di stesen bakat sehingga {stationNights}. Pembelian rumah oleh bakat disokong mengikut dasar sedia ada.",
    keywords: ["perumahan", "apartmen", "rumah", "penginapan", "tempat tinggal", "apartmen percuma", "asrama", "sewa rumah", "graduan", "mencari kerja", "stesen bakat", "penginapan percuma", "beli rumah", "hukou", "kediaman"],
  },
  m04: {
    title: "Reruai pameran dan acara pelancaran",
    summary:
      "Syarikat AI dan organisasi industri yang menggunakan ruang pameran Pusat untuk promosi, pelancaran produk baharu atau jelajah promosi (roadshow) projek boleh mendapat reruai tanpa sewa sehingga {boothMonths}. Bagi pelancaran penyelesaian teknologi utama, pelancaran produk pintar baharu, roadshow projek dan acara seumpamanya, sokongannya ialah {eventRate} daripada perbelanjaan sebenar acara, sehingga {eventCap}.",
    keywords: ["reruai", "booth", "gerai", "pameran", "reruai percuma", "ruang pameran", "pelancaran produk", "majlis pelancaran", "roadshow", "promosi", "pemasaran", "demo", "pitching", "subsidi acara", "sidang media"],
  },
  m05: {
    title: "Sokongan tambahan untuk syarikat ASEAN",
    summary:
      "Syarikat pelaburan asing atau pasukan dari negara ASEAN yang bertapak di Pusat boleh mendapat sehingga {multiplier} ganda sokongan pejabat, dana permulaan, perumahan dan pameran dalam empat langkah pertama. Kadar sebenar ditentukan mengikut keadaan sebenar setiap kes.",
    keywords: ["ASEAN", "syarikat ASEAN", "syarikat asing", "pelaburan asing", "syarikat Malaysia", "Malaysia", "sokongan berganda", "dua kali ganda", "Vietnam", "Thailand", "Indonesia", "Filipina", "Singapura", "Kemboja", "Laos", "Myanmar", "Brunei"],
  },
  m06: {
    title: "Set data berkualiti tinggi",
    summary:
      "Syarikat, universiti, institusi penyelidikan dan pihak lain yang membina set data berkualiti tinggi (termasuk korpus) melalui pengumpulan, pembersihan, pelabelan dan penilaian data boleh mendapat ganjaran sehingga {cap}. Set data dinilai mengikut jenis data, skala, kualiti serta keterbukaan dan perkongsian, dan gred yang diberi menentukan ganjarannya.",
    keywords: ["set data", "dataset", "data", "korpus", "pelabelan data", "anotasi", "pembersihan data", "pengumpulan data", "data latihan", "data berkualiti", "data terbuka", "perkongsian data", "ganjaran", "universiti", "institusi penyelidikan"],
  },
  m07: {
    title: "Produk daripada data awam Nanning",
    summary:
      "Syarikat, universiti, institusi penyelidikan dan pihak lain digalakkan membangunkan dan menggunakan sumber data awam Bandar Nanning melalui platform operasi data awam bertauliah Nanning. Mereka yang menghasilkan produk data atau perkhidmatan data berkualiti tinggi boleh mendapat ganjaran sehingga {cap}.",
    keywords: ["data awam", "data kerajaan", "data terbuka", "data Nanning", "produk data", "perkhidmatan data", "platform data", "integrasi data", "aplikasi data", "ganjaran", "API", "open data"],
  },
  m08: {
    title: "Penyelidikan teknologi utama dan teras",
    summary:
      "Nanning menubuhkan program khas sains dan teknologi AI dan menggalakkan syarikat AI dari China dan ASEAN menubuhkan pusat penyelidikan dan pembangunan (R&D) di Pusat. Penyelidikan teknologi termaju dan pengkomersialannya secara tempatan, dalam bidang seperti pembangunan model, pemprosesan data yang cekap, cip AI, keselamatan data rentas sempadan dan kecerdasan berjasad (embodied AI), boleh disokong sehingga {projectCap} bagi setiap projek selepas projek diluluskan.",
    keywords: ["penyelidikan", "R&D", "penyelidikan dan pembangunan", "teknologi teras", "teknologi utama", "projek teknologi", "cip AI", "cip", "embodied AI", "robot", "robotik", "model bahasa besar", "LLM", "pusat R&D", "keselamatan data", "dana projek", "inovasi"],
  },
  m09: {
    title: "Baucar kuasa pengkomputeran dan baucar korpus",
    summary:
      "Setiap tahun, baucar kuasa pengkomputeran sehingga {computePool} dikeluarkan kepada syarikat, universiti, institusi penyelidikan dan pihak lain yang membeli perkhidmatan pengkomputeran Pusat: ganjarannya {computeRate} daripada jumlah bayaran sebenar bagi pengkomputeran yang digunakan, sehingga {computeCap} setahun. Setiap tahun juga, baucar korpus sehingga {corpusPool} dikeluarkan untuk membeli korpus daripada pihak tidak berkaitan bagi pembangunan dan aplikasi model: ganjarannya {corpusRate} daripada nilai urus niaga sebenar, sehingga {corpusCap}.",
    keywords: ["baucar", "baucar pengkomputeran", "kuasa pengkomputeran", "GPU", "sewa GPU", "pengkomputeran awan", "cloud", "latihan model", "melatih model", "korpus", "baucar korpus", "data latihan", "beli data", "kupon", "kos pengkomputeran", "fine-tuning"],
  },
  m10: {
    title: "Senario aplikasi contoh",
    summary:
      "Setiap tahun, senario aplikasi contoh (penanda aras) \"AI+\" dalam bidang kebudayaan dan pelancongan, pembuatan, kewangan, pengangkutan, pertanian, kesihatan, pendidikan, tadbir urus sosial dan lain-lain dipilih berdasarkan kesesuaian, inovasi dan kesan aplikasinya. Setiap senario yang dipilih boleh mendapat ganjaran sehingga {scenarioCap}, mengikut skala pembinaannya.",
    keywords: ["senario aplikasi", "use case", "aplikasi AI", "AI+", "projek perintis", "projek contoh", "penanda aras", "pelaksanaan", "pembuatan", "kesihatan", "pendidikan", "kewangan", "pertanian", "pelancongan", "pengangkutan", "ganjaran"],
  },
  m11: {
    title: "Pemfailan model AI generatif (CAC)",
    summary:
      "Syarikat yang model AI generatifnya telah berjaya difailkan dengan Pentadbiran Ruang Siber China (CAC) boleh mendapat ganjaran sehingga {cap}. Jumlahnya bergantung pada hasil penilaian teknikal model (atau penilaian setara) dan kos penilaian yang berkaitan.",
    keywords: ["pemfailan model", "pendaftaran model", "CAC", "AI generatif", "pendaftaran", "pematuhan", "kelulusan", "pemfailan algoritma", "model besar", "penilaian model", "ganjaran", "lesen", "chatbot", "peraturan"],
  },
  m12: {
    title: "Latihan AI untuk peserta ASEAN",
    summary:
      "Institusi latihan dari semua peringkat dan jenis digalakkan mengadakan latihan dan latihan amali AI di ruang pameran Pusat untuk penjawat awam, pekerja syarikat dan kumpulan lain dari negara ASEAN. Penganjur yang melatih sekurang-kurangnya {minTrainees} setahun boleh mendapat ganjaran sehingga {cap}.",
    keywords: ["latihan", "kursus", "bengkel", "workshop", "latihan AI", "latihan ASEAN", "penjawat awam", "latihan pekerja", "bootcamp", "kelas", "mengajar", "pusat latihan", "latihan amali", "ganjaran"],
  },
  m13: {
    title: "Forum, sidang kemuncak, pameran dan pertandingan",
    summary:
      "Forum AI peringkat tinggi, sidang kemuncak industri, pameran perdagangan, pertandingan dan acara seumpamanya yang ditujukan kepada ASEAN dan berpengaruh di peringkat antarabangsa digalakkan. Acara yang diiktiraf oleh Pusat boleh disokong sebanyak {rate} daripada kosnya, sehingga {aseanCap} jika diadakan di negara ASEAN dan sehingga {centerCap} jika diadakan di Pusat.",
    keywords: ["forum", "sidang kemuncak", "persidangan", "seminar", "pameran", "ekspo", "pertandingan", "hackathon", "acara", "event", "anjur acara", "tajaan acara", "subsidi acara", "acara ASEAN"],
  },
  m14: {
    title: "Pelaksanaan AI di negara ASEAN",
    summary:
      "Syarikat yang bertapak di Pusat digalakkan bekerjasama dengan syarikat dan institusi ASEAN dalam inovasi bersama, pembangunan model dan aplikasi, dalam bidang seperti perkhidmatan kerajaan, bandar pintar, komunikasi antarabangsa, pertanian pintar, teleperubatan, amaran awal bencana, keselamatan, perdagangan antarabangsa, pendidikan pintar dan pengurusan tenaga. Setelah aplikasi benar-benar digunakan di negara ASEAN, ia boleh disokong sebanyak {rate} daripada pelaburan sebenar, sehingga {projectCap}, selepas dinilai.",
    keywords: ["projek ASEAN", "pengembangan ke luar negara", "go global", "eksport", "Asia Tenggara", "pasaran ASEAN", "inovasi bersama", "kerjasama", "rakan kongsi", "bandar pintar", "teleperubatan", "pertanian pintar", "kerajaan digital", "penyetempatan", "perluasan pasaran"],
  },
  m15: {
    title: "Pembinaan pusat pengkomputeran pintar",
    summary:
      "Pelbagai pihak digalakkan melabur membina pusat pengkomputeran pintar yang menyediakan perkhidmatan pengkomputeran kepada Pusat. Projek baharu berkapasiti sekurang-kurangnya {minPflops} mendapat sokongan keutamaan mengikut dasar berkaitan bagi tanah, kelulusan projek, permohonan dana, keperluan tenaga dan pembiayaan.",
    keywords: ["pusat data", "data center", "pusat pengkomputeran", "pengkomputeran pintar", "kluster GPU", "bina pusat data", "kuasa pengkomputeran", "infrastruktur", "tanah", "tenaga", "pembiayaan", "pelaburan", "pelayan", "PFlops"],
  },
  m16: {
    title: "Kos elektrik lebih rendah dengan tenaga hijau",
    summary:
      "Syarikat kuasa pengkomputeran digalakkan menyertai projek rintis integrasi sumber–grid–beban–storan, grid mikro dan bekalan elektrik hijau secara terus. Melalui penyelarasan pengkomputeran dan elektrik serta dagangan elektrik hijau, kos elektrik mereka dikurangkan. Tiada bantuan wang tunai; penyertaan bergantung pada projek rintis yang dibuka.",
    keywords: ["elektrik", "kos elektrik", "bil elektrik", "tarif elektrik", "elektrik hijau", "tenaga hijau", "tenaga boleh baharu", "tenaga", "grid mikro", "microgrid", "elektrik pusat data", "jimat elektrik", "dagangan elektrik hijau"],
  },
  m17: {
    title: "Ganjaran untuk eksekutif kanan",
    summary:
      "Eksekutif yang baru dibawa masuk oleh syarikat AI utama yang bertapak di Pusat untuk jawatan pengurusan kanan, dan yang gajinya dibayar oleh syarikat itu, boleh menerima ganjaran sebanyak {rate} daripada gaji selepas cukai mereka. Ganjaran ini diberi sehingga {years}.",
    keywords: ["eksekutif", "pengurus kanan", "pengarah", "CEO", "CTO", "bakat pengurusan", "rekrut eksekutif", "gaji", "gaji selepas cukai", "bonus", "ganjaran", "insentif bakat", "pengambilan", "pemburu bakat", "pendapatan"],
  },
  m18: {
    title: "Ganjaran untuk bakat teknologi tinggi",
    summary:
      "Syarikat AI berasaskan teknologi melebihi saiz yang ditetapkan yang bertapak di Pusat boleh mengambil bekerja bakat sains dan teknologi tinggi yang baharu dengan jumlah gaji tahunan sekurang-kurangnya {band1Pay}, {band2Pay} atau {band3Pay}. Bakat yang baru diambil bekerja itu menerima ganjaran gaji masing-masing sebanyak {band1Rate}, {band2Rate} atau {band3Rate} daripada gaji selepas cukai, sehingga {years}. “Melebihi saiz yang ditetapkan” bermaksud hasil tahunan syarikat mencapai paras yang digunakan oleh statistik rasmi China untuk menggolongkan syarikat besar.",
    keywords: ["jurutera", "engineer", "jurutera AI", "saintis", "penyelidik", "bakat teknologi", "bakat tinggi", "pengambilan pekerja", "gaji", "gaji selepas cukai", "ganjaran gaji", "bonus", "pengaturcara", "PhD", "developer"],
  },
  m19: {
    title: "Pelepasan cukai pendapatan syarikat (bahagian tempatan)",
    summary:
      "Syarikat yang memenuhi syarat insentif cukai semasa Zon Kerjasama Perindustrian China–ASEAN atau peraturan seumpamanya dikecualikan daripada bahagian tempatan cukai pendapatan syarikat bagi {fullReliefYears} pertama, dan membayar separuh daripadanya dari tahun ke-{halfReliefFromYear} hingga tahun ke-{halfReliefUntilYear}. Tahun dikira dari tahun pendapatan pengeluaran atau perniagaan pertama diperoleh.",
    keywords: ["cukai", "pelepasan cukai", "pengecualian cukai", "insentif cukai", "cukai pendapatan syarikat", "cukai pendapatan", "potongan cukai", "bebas cukai", "bahagian tempatan", "tax holiday", "bayar cukai", "kurang cukai", "tax"],
  },
  m20: {
    title: "Dana industri AI",
    summary:
      "Dana industri AI bernilai keseluruhan {fundSize} menghimpunkan modal kerajaan, modal swasta dan modal kewangan. Dana ini terutamanya menyokong syarikat dan projek AI peringkat permulaan dan pertumbuhan, melalui pelaburan ekuiti yang diputuskan oleh dana itu.",
    keywords: ["pelaburan", "pelabur", "modal teroka", "VC", "ekuiti", "saham", "dana", "dana industri", "pembiayaan", "cari modal", "kumpul dana", "pelabur malaikat", "Series A", "modal", "suntikan modal"],
  },
  m21: {
    title: "Subsidi faedah pinjaman",
    summary:
      "Institusi kewangan digalakkan menawarkan pinjaman berfaedah rendah kepada syarikat AI, dan dana kerajaan memberi subsidi faedah sehingga {maxPoints} daripada kadar faedah pinjaman, tetapi tidak melebihi {maxShareOfInterest} daripada faedah yang dibayar syarikat kepada bank. Setiap syarikat boleh menerima subsidi sehingga {maxYears}, dengan jumlah keseluruhan sehingga {totalCap}.",
    keywords: ["pinjaman", "pinjaman bank", "faedah", "subsidi faedah", "faedah rendah", "kadar faedah", "kredit", "pembiayaan", "kos pembiayaan", "hutang", "bank", "pinjam wang", "modal kerja", "loan"],
  },
  m22: {
    title: "Bantuan memohon dana lain",
    summary:
      "Syarikat yang bertapak di Pusat dibantu sepenuhnya untuk memohon dasar keutamaan peringkat kebangsaan, Wilayah Autonomi Guangxi dan Bandar Nanning berkaitan cukai, R&D, bakat dan lain-lain. Projek mereka boleh disenaraikan sebagai projek perancangan utama, dan diberi keutamaan semasa memohon dana khas seperti bon kerajaan, bon khas dan dana fiskal. Ini bantuan permohonan, bukan ganjaran wang tunai.",
    keywords: ["permohonan", "memohon", "dana kerajaan", "permohonan geran", "permohonan subsidi", "dana khas", "bon kerajaan", "bon khas", "dana fiskal", "dasar keutamaan", "projek utama", "bantuan permohonan", "kertas kerja", "dokumen"],
  },
};
