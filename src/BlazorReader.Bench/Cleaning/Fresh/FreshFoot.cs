namespace BlazorReader.Bench.Cleaning.Fresh;

// What pages print under the story: copyright and disclaimers, counters, the wire's end
// marks and the writer's sign-off, tags. Every line is put together from parts.
internal static class FreshFoot
{
    public static NoisePiece Footer(DressingRandom r)
    {
        var site = r.Chance(0.7) ? r.Pick(FreshWords.Sites) : r.Pick(FreshWords.Domains);
        var year = r.Chance(0.3) ? r.Number(r.Between(2005, 2012)) + r.Pick(" - ", "-", " – ") + r.Number(2015) : r.Number(r.Between(2012, 2016));
        var lines = new List<string>();
        var count = r.Chance(0.25) ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            lines.Add(r.Scuff(r.Next(5) switch
            {
                0 => r.Pick("جميع الحقوق محفوظة", "الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "جميع حقوق النشر محفوظة")
                    + r.Pick(" لـ", " ل", " لصالح ", " - ", " © ") + r.Pick("", "صحيفة ", "موقع ", "جريدة ") + site + r.Pick(" ", " © ", " ©", " - ") + year,
                1 => r.Pick("© ", "©", "(c) ") + year + r.Pick(" ", " - ", " | ") + site + r.Pick(". جميع الحقوق محفوظة", " - الحقوق محفوظة", "", " كافة الحقوق محفوظة"),
                2 => "Copyright " + r.Pick("© ", "", "(c) ") + r.Between(2012, 2016) + " " + r.Pick(FreshWords.Domains) + r.Pick(". All rights reserved.", " All Rights Reserved", ""),
                3 => r.Pick("المقالات المنشورة", "الآراء الواردة", "التعليقات المنشورة", "جميع المواد المنشورة") + " " + r.Pick("تعبر عن رأي كتابها", "تعبر عن آراء أصحابها", "تمثل وجهة نظر كتابها")
                    + r.Pick(" ولا تعبر بالضرورة عن رأي الصحيفة", " ولا تمثل بالضرورة رأي الموقع", "", " فقط"),
                _ => r.Pick("يمنع", "يحظر", "لا يجوز") + " " + r.Pick("نسخ", "إعادة نشر", "اقتباس", "نقل") + " " + r.Pick("هذا المحتوى", "المواد المنشورة", "الأخبار", "محتوى الموقع")
                    + " " + r.Pick("دون إذن مسبق", "إلا بإذن خطي من " + site, "دون الإشارة إلى المصدر", "بدون موافقة كتابية"),
            }));
        }
        return new NoisePiece(NoiseKind.Footer, lines);
    }

    public static NoisePiece Counter(DressingRandom r)
    {
        string One() => r.Next(6) switch
        {
            0 => r.Pick("عدد القراءات", "المشاهدات", "عدد الزيارات", "قراءات", "التعليقات", "عدد التعليقات", "الإعجابات", "عدد المشاهدات") + r.Separator(":", "-", " ") + r.Number(r.Between(0, 90000)),
            1 => r.Number(r.Between(1, 90000)) + " " + r.Pick("مشاهدة", "قراءة", "تعليق", "زيارة", "تعليقات", "مشاركة"),
            2 => r.Pick("قرئ", "شوهد", "قُرئ") + " " + r.Number(r.Between(10, 90000)) + " " + r.Pick("مرة", "مرات"),
            3 => r.Pick("👁 ", "💬 ", "❤ ", "👍 ") + r.Number(r.Between(0, 90000)),
            4 => r.Pick("زمن القراءة", "مدة القراءة", "وقت القراءة") + r.Separator(":", " ") + r.Number(r.Between(1, 12)) + " " + r.Pick("دقائق", "دقيقة", "د"),
            _ => r.Pick("أعجبني", "التعليقات", "تعليقات", "مشاهدات") + " (" + r.Number(r.Between(0, 9000)) + ")",
        };
        var line = One() + (r.Chance(0.3) ? r.Pick(" | ", "  ", " - ", " • ") + One() : "");
        return new NoisePiece(NoiseKind.Counter, [r.Scuff(line)]);
    }

    public static NoisePiece Signature(DressingRandom r)
    {
        string Initials() => r.Letters(1, "عسحشقرتمنهبكل") + r.Pick(" ", ".", "") + r.Letters(1, "عسحشقرتمنهبكل");
        var line = r.Next(5) switch
        {
            0 => r.Pick("انتهى", "// انتهى //", "-انتهى-", "(انتهى)", "انتهى ـ", "..انتهى..", "/انتهى/"),
            1 => Initials() + r.Pick(" / ", "/", " ") + Initials(),
            2 => r.Pick("* ", "*", "") + FreshWords.Name(r) + r.Separator("-", "،", ":") + r.Pick("كاتب سعودي", "كاتب وإعلامي", "أكاديمي وباحث", "كاتب صحفي", "مستشار اقتصادي", "إعلامية"),
            3 => r.Pick("للتواصل مع الكاتب", "البريد الإلكتروني", "بريد الكاتب", "للتواصل") + r.Separator(":", " ") + r.Pick(FreshWords.LatinFirst) + r.Pick(".", "_", "") + r.Pick(FreshWords.LatinLast) + "@" + r.Pick("gmail.com", "hotmail.com", r.Pick(FreshWords.Domains)),
            _ => r.Pick("تويتر", "حساب الكاتب على تويتر", "Twitter") + r.Separator(":", " ") + "@" + FreshWords.Handle(r),
        };
        return new NoisePiece(NoiseKind.Signature, [r.Scuff(line)]);
    }

    // Tags take words from the title (as real tag lists do) and the paper's sections.
    public static NoisePiece Tags(DressingRandom r, string title, bool top)
    {
        if (top)
        {
            var crumb = r.Pick("الرئيسية", "الصفحة الرئيسية", "Home") + r.Pick(" » ", " > ", " / ", " ‹ ", " - ") + r.Pick(FreshWords.Sections);
            return new NoisePiece(NoiseKind.Tags, [r.Scuff(r.Chance(0.5) ? crumb : r.Pick(FreshWords.Sections))]);
        }
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && !w.StartsWith('و') && !w.Any(c => "«»\"':،,.()".Contains(c))).Distinct().ToList();
        var tags = words.OrderBy(_ => r.Next(100)).Take(r.Between(1, 4)).Append(r.Pick(FreshWords.Sections)).Distinct().ToList();
        var hashtags = r.Chance(0.25);
        var joined = hashtags
            ? string.Join(" ", tags.Select(t => "#" + t.Replace(' ', '_')))
            : string.Join(r.Pick("، ", " - ", " | ", " , ", " / ", "  "), tags);
        var label = hashtags && r.Chance(0.5) ? "" : r.Pick("الوسوم", "وسوم", "كلمات مفتاحية", "كلمات دلالية", "الكلمات الدلالية", "مواضيع", "Tags", "التصنيف", "القسم") + r.Separator(":", " ");
        return new NoisePiece(NoiseKind.Tags, [r.Scuff(label + joined)]);
    }
}
