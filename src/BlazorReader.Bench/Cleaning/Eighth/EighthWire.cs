namespace BlazorReader.Bench.Cleaning.Eighth;

// A government press release or a national agency's copy: the credit naming the agency, the
// desk's service line and end codes, the release's «-انتهى-» and its contact block.
internal static class EighthWire
{
    public static Chrome Credit(DressingRandom r, EighthContext c)
    {
        var (name, shortName) = c.Agency;
        var code = shortName switch { "كونا" => "KUNA", "قنا" => "QNA", "بنا" => "BNA", "العمانية" => "ONA", "واج" => "APS", "وال" => "LANA", "واس" => "SPA", _ => "AMI" };
        var (line, credit) = r.Next(7) switch
        {
            0 => ($"{r.Pick("المصدر", "مصدر الخبر", "المصدر")}{r.Pick(":", " :", ": ", " : ")}{shortName}", shortName),
            1 => ($"{r.Pick("المصدر", "المصدر")}{r.Pick(":", ": ", " - ")}{name}{r.Pick("", " (" + shortName + ")")}", name),
            2 => ($"{r.Pick("نقلاً عن", "نقلا عن", "عن")} {name}", name),
            3 => ($"({shortName})", shortName),
            4 => ($"{r.Pick("المصدر", "عن")}{r.Pick(":", ": ")}{r.Pick("صحيفة ", "جريدة ", "")}{c.Paper.Name}", c.Paper.Name),
            5 => ($"{r.Pick("Source", "المصدر")}: {code}", code),
            _ => ($"{r.Pick("خدمة", "بالتعاون مع")} {name}{r.Pick("", " - " + shortName)}", name),
        };
        return new(new NoisePiece(NoiseKind.Credit, [line]) { Credit = credit }, [line]);
    }

    // Wire copy ends in codes only the desk reads: «(النهاية) ع ب / م ع ك», «251432 جمت يول 15».
    public static Chrome ServiceCode(DressingRandom r, EighthContext c)
    {
        const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        string Initials() => string.Join(" ", Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Letters(1, Letters)));
        var month = r.Pick("يول", "أغس", "يون");
        var stamp = $"{c.Day.Day:00}{r.Between(0, 23):00}{r.Between(0, 59):00}";
        stamp = r.Chance(0.3) ? DressingRandom.ToArabicIndic(stamp) : stamp;
        return Chrome.Of(NoiseKind.Signature, r.Next(4) switch
        {
            0 => $"{r.Pick("(النهاية)", "(انتهى)", "//انتهى//", "/انتهى/")} {Initials()} / {Initials()}",
            1 => $"{Initials()} / {Initials()} {c.Agency.Short}{r.Pick("", " " + stamp + " " + r.Pick("جمت", "غمت", "تغ") + " " + month + " 15")}",
            2 => $"{stamp} {r.Pick("جمت", "غمت", "تغ")} {month} {r.Number(15)}",
            _ => $"{c.Agency.Short}{r.Pick("/", " / ")}{Initials()}{r.Pick("/", " / ")}{Initials()}",
        });
    }

    public static Chrome ReleaseEnd(DressingRandom r) => Chrome.Of(NoiseKind.Footer, r.Next(4) switch
    {
        0 => r.Pick("-انتهى-", "- انتهى -", "–انتهى–", "***انتهى***", "#  #  #", "-END-"),
        1 => $"{r.Pick("للاستفسارات الإعلامية", "للاستفسار", "للتواصل الإعلامي")}{r.Separator(":", "-")}{r.Pick("إدارة العلاقات العامة والإعلام", "المكتب الإعلامي", "قسم الإعلام")}{r.Separator("،", "-", "|")}{r.Pick("هاتف", "ت", "Tel")}: {EighthDates.Digits(r, r.Between(22000000, 99999999))}",
        2 => $"{r.Pick("صادر عن", "صدر عن")} {r.Pick(EighthWords.Ministries)}{r.Separator("-", "|", "،")}{r.Pick("إدارة الإعلام", "المركز الإعلامي", "قطاع الاتصال")}",
        _ => $"{r.Pick("نبذة عن", "عن")} {r.Pick(EighthWords.Ministries)}{r.Separator(":", "-")}{r.Pick("تأسست عام", "أنشئت عام")} {EighthDates.Digits(r, r.Between(1962, 2005))} {r.Pick("وتعنى بـ", "وتختص بـ")}{r.Pick("تنظيم القطاع", "تقديم الخدمات للمواطنين", "رسم السياسات العامة")}",
    });
}
