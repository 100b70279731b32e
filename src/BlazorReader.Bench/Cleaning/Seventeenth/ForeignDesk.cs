namespace BlazorReader.Bench.Cleaning.Seventeenth;

// The chrome of an outlet whose Arabic desk sits inside a site in another language: Pakistani
// pages in Urdu, Indian and Nigerian ones in English, Malaysian in Malay, Indonesian in
// Indonesian, Senegalese in French. Each desk brings its own capital, wire and date format.
internal sealed record ForeignDesk(
    string[] Sections,
    string[] ReadAlso,
    string[] More,
    string[] Rights,
    string[] By,
    string[] Share,
    string[] Related,
    string[] Views,
    string[] Desk,
    string[] Datelines,
    Func<DateTime, DressingRandom, string> Date)
{
    public static readonly ForeignDesk[] All =
    [
        new(["صفحہ اول", "پاکستان", "انٹرنیشنل", "کھیل", "کاروبار", "عربی", "ویڈیوز"], ["یہ بھی پڑھیں:", "مزید پڑھیں:"], ["مزید پڑھیں", "مکمل خبر پڑھیں"],
            ["جملہ حقوق محفوظ ہیں", "کاپی رائٹ © {0} — جملہ حقوق محفوظ ہیں"], ["رپورٹ: {0}", "ویب ڈیسک", "نمائندہ خصوصی: {0}"], ["شیئر کریں", "واٹس ایپ", "فیس بک", "ٹویٹر"],
            ["مزید خبریں", "متعلقہ خبریں", "تازہ ترین"], ["{0} مرتبہ دیکھا گیا", "مناظر: {0}"], ["عربی سروس", "القسم العربي"],
            ["إسلام آباد (أ ب ب) –", "لاهور – خاص:", "کراچی:", "إسلام آباد - مراسلنا:"], (d, _) => Stamps.Urdu(d)),
        new(["Home", "India", "World", "Business", "Sports", "Arabic", "Videos"], ["Also Read:", "ALSO READ |", "Read Also:"], ["Read more", "Continue reading", "Read full story"],
            ["© {0} All rights reserved.", "Copyright © {0}. All Rights Reserved."], ["By {0}", "Written by {0}", "By Our Correspondent"], ["Share", "WhatsApp", "Facebook", "Twitter", "Telegram"],
            ["Trending Now", "More from Arabic", "Related Stories"], ["{0} views", "Views: {0}"], ["Arabic Service", "Arabic Desk"],
            ["NEW DELHI:", "نيودلهي – (يو إن آي):", "ABUJA —", "أبوجا (نان) –", "LAGOS:"], (d, r) => Stamps.English(d, r)),
        new(["Utama", "Nasional", "Dunia", "Sukan", "Bahasa Arab", "Video"], ["Baca juga:", "BACA JUGA:"], ["Baca selengkapnya", "Baca lagi"],
            ["Hak Cipta Terpelihara © {0}", "© {0} Hak cipta terpelihara."], ["Oleh: {0}", "Penulis: {0}"], ["Kongsi", "WhatsApp", "Facebook", "Twitter"],
            ["Berita Berkaitan", "Berita Terkini", "Paling Popular"], ["dibaca {0} kali", "{0} bacaan"], ["Seksyen Bahasa Arab", "القسم العربي"],
            ["كوالالمبور – برناما:", "KUALA LUMPUR, (Bernama) --", "بوتراجايا – برناما –"], (d, _) => Stamps.Malay(d)),
        new(["Beranda", "Nasional", "Internasional", "Ekonomi", "Olahraga", "Arab"], ["Baca Juga:", "Baca juga:"], ["Selengkapnya", "Baca Selengkapnya"],
            ["Hak Cipta © {0}", "Copyright © {0}. Hak cipta dilindungi undang-undang."], ["Penulis: {0}", "Editor: {0}", "Reporter: {0}"], ["Bagikan", "WhatsApp", "Facebook", "Twitter", "Line"],
            ["Berita Terkait", "Terpopuler", "Berita Lainnya"], ["Dibaca: {0} kali", "{0} kali dibaca"], ["Rubrik Bahasa Arab", "القسم العربي"],
            ["جاكرتا (أنتارا) –", "JAKARTA (ANTARA) -", "جاكرتا – خاص:"], (d, _) => Stamps.Indonesian(d)),
        new(["Accueil", "Sénégal", "Afrique", "Monde", "Sport", "عربي", "Vidéos"], ["Lire aussi :", "À lire aussi :", "LIRE AUSSI >>"], ["Lire la suite", "Lire plus", "Voir l'article"],
            ["© {0} Tous droits réservés.", "Copyright © {0} — Tous droits réservés"], ["Par {0}", "Par : {0}", "La Rédaction"], ["Partager", "WhatsApp", "Facebook", "Twitter"],
            ["Articles similaires", "À la une", "Les plus lus"], ["{0} vues", "Lu {0} fois"], ["Édition arabe", "النسخة العربية"],
            ["داكار (وكالة الأنباء السنغالية) –", "DAKAR, (APS) -", "داكار – خاص:"], (d, _) => Stamps.French(d)),
    ];
}
