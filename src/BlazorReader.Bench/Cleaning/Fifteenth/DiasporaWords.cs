namespace BlazorReader.Bench.Cleaning.Fifteenth;

// One diaspora community's site: its country's language in the chrome, its cities (in Latin
// letters and in Arabic, the same places in the same order) in the bylines and datelines, its currency in the ads, and the site's own words for share, more,
// cookies, support and tags.
internal sealed record DiasporaWords(
    string[] Cities,
    string[] ArabicCities,
    string Share,
    string More,
    string Cookies,
    string Accept,
    string Support,
    string Currency,
    string Tags,
    string Editors,
    string Ad,
    string ReadAlso,
    string[] Streets)
{
    public static readonly DiasporaWords[] All =
    [
        new(["Malmö", "Göteborg", "Stockholm", "Uppsala"], ["مالمو", "غوتنبرغ", "ستوكهولم", "أوبسالا"],
            "Dela", "Läs mer", "Vi använder cookies för att förbättra din upplevelse.", "Godkänn alla", "Bli medlem / Stöd oss via Swish", "kr", "Taggar:", "Redaktionen", "Annons", "Läs också:",
            ["Drottninggatan", "Rosengård centrum", "Hisingen"]),
        new(["Berlin", "Essen", "Köln", "Hamburg", "München"], ["برلين", "إيسن", "كولونيا", "هامبورغ", "ميونخ"],
            "Teilen", "Mehr lesen", "Wir verwenden Cookies, um unsere Website zu verbessern.", "Alle akzeptieren", "Jetzt spenden – Unterstützen Sie uns", "€", "Schlagwörter:", "Die Redaktion", "Anzeige", "Auch lesenswert:",
            ["Sonnenallee", "Hauptstraße", "Bahnhofstraße"]),
        new(["Rotterdam", "Amsterdam", "Den Haag", "Utrecht"], ["روتردام", "أمستردام", "لاهاي", "أوتريخت"],
            "Delen", "Lees meer", "Wij gebruiken cookies op deze website.", "Accepteren", "Word lid – Steun onze journalistiek", "€", "Tags:", "De redactie", "Advertentie", "Lees ook:",
            ["Westkruiskade", "Kerkstraat", "Beijerlandselaan"]),
        new(["London", "Manchester", "Birmingham", "Cardiff"], ["لندن", "مانشستر", "برمنغهام", "كارديف"],
            "Share", "Read more", "We use cookies to give you the best experience.", "Accept all", "Become a member – Support independent Arabic journalism", "£", "Tags:", "Editorial team", "Advertisement", "Read also:",
            ["Edgware Road", "Green Street", "Moss Side"]),
        new(["Montréal", "Toronto", "Mississauga", "Ottawa"], ["مونتريال", "تورونتو", "ميسيساغا", "أوتاوا"],
            "Partager / Share", "Lire la suite", "Ce site utilise des témoins (cookies).", "J'accepte", "Devenez membre – Faites un don", "$", "Mots-clés:", "La rédaction", "Publicité", "À lire aussi :",
            ["rue Jean-Talon", "Dundas Street", "boulevard Saint-Laurent"]),
        new(["Dearborn, MI", "Detroit", "Hamtramck"], ["ديربورن", "ديترويت", "هامترامك"],
            "Share", "Read more", "This website uses cookies.", "Got it", "Donate – Keep community news free", "$", "Tags:", "Staff", "Sponsored", "Related:",
            ["Warren Ave", "Michigan Ave", "Schaefer Rd"]),
        new(["São Paulo", "Foz do Iguaçu", "Buenos Aires", "Córdoba"], ["ساو باولو", "فوز دو إيغواسو", "بوينس آيرس", "قرطبة الأرجنتينية"],
            "Compartilhar / Compartir", "Leia mais", "Utilizamos cookies para melhorar sua experiência.", "Aceitar", "Seja associado – Apoie o jornal da comunidade", "R$", "Etiquetas:", "Redação", "Publicidade", "Leia também:",
            ["Rua 25 de Março", "Avenida Brasil", "Calle Florida"]),
        new(["Sydney", "Melbourne", "Lakemba", "Auburn"], ["سيدني", "ملبورن", "لاكمبا", "أوبرن"],
            "Share", "Read more", "We use cookies on this site.", "OK", "Subscribe – Support your community paper", "A$", "Tags:", "Editorial", "Advertisement", "Read also:",
            ["Haldon Street", "Sydney Road", "Auburn Road"]),
    ];
}
