using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Ninth;

// What a scraper leaves when it strips a CMS page carelessly: WordPress shortcodes around
// captions and galleries, stray tags and entities alone on a line, template placeholders the
// theme never filled, inline CSS and ad or tracking scripts flattened into text, and the
// page's JSON-LD block.
public static class MarkupDebris
{
    public static void Dress(NinthPage page, NinthStory s, DressingRandom r)
    {
        if (r.Chance(0.6))
        {
            page.Between(page.Piece(NoiseKind.Caption, Caption(s, r)));
        }
        for (var i = r.Between(0, 2); i > 0; i--)
        {
            page.Between(page.Piece(NoiseKind.Footer, r.Pick("<p>&nbsp;</p>", "&nbsp;", "</div>", "<br />", "<!--more-->", "<div class=\"clearfix\"></div>", "&nbsp;&nbsp;&nbsp;", "[/vc_column_text][/vc_column][/vc_row]", "<!-- /wp:paragraph -->")));
        }
        if (r.Chance(0.5))
        {
            var placeholder = r.Next(4) switch
            {
                0 => page.Piece(NoiseKind.Counter, $"{r.Pick("{{views}}", "{{ post.views }}", "%%VIEWS%%", "{view_count}")} {r.Pick("مشاهدة", "قراءة", "views")}{r.Pick("", " | {{comments_count}} تعليق")}"),
                1 => page.Piece(NoiseKind.Byline, $"{r.Pick("بقلم", "كتب", "نشر بواسطة")}: {r.Pick("{{author_name}}", "%%author%%", "[author]", "{{ post.author.display_name }}")}"),
                2 => page.Piece(NoiseKind.Tags, $"{r.Pick("الوسوم", "الكلمات الدلالية", "Tags")}: {r.Pick("{{ post.tags | join: ', ' }}", "%%tags%%", "{tags}")}"),
                _ => page.Piece(NoiseKind.ReadAlso, r.Pick("[related_posts limit=\"4\"]", "[jetpack_related_posts]", "{{> related-articles }}", "[[المقالات ذات الصلة]]")),
            };
            page.Bottom(placeholder);
        }
        if (r.Chance(0.5))
        {
            page.Bottom(page.Piece(r.Chance(0.3) ? NoiseKind.Share : NoiseKind.Footer, Script(r)));
        }
        if (r.Chance(0.35))
        {
            page.Bottom(new NoisePiece(NoiseKind.Tags, [JsonLd(s, r)]));
        }
        if (r.Chance(0.3))
        {
            page.Bottom(page.Piece(NoiseKind.Share, r.Pick("[addtoany]", "[ssba-buttons]", "[social_share style=\"icons\"]", "{{ share_buttons }}") + r.Pick("", " شارك الخبر", " مشاركة")));
        }
    }

    private static string Caption(NinthStory s, DressingRandom r)
    {
        var words = s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var subject = string.Join(' ', words.Take(Math.Min(words.Length, r.Between(3, 5))));
        var text = r.Next(4) switch
        {
            0 => $"{subject} {r.Pick("(أرشيفية)", "- أرشيف", "(صورة تعبيرية)")}",
            1 => $"{r.Pick("صورة أرشيفية من", "جانب من الأحداث في", "مشهد عام من")} {s.City(r)}",
            2 => $"{subject}{r.Separator("-", "|")}{r.Pick("تصوير", "عدسة", "الصورة")}: {DressingPools.PersonName(r)}",
            _ => $"{r.Pick("صورة", "الصورة")} {r.Number(r.Between(1, 3))} {r.Pick("من", "/")} {r.Number(r.Between(4, 12))}{r.Separator("-", "|", ":")}{subject}",
        };
        var id = r.Between(1000, 99_999).ToString(CultureInfo.InvariantCulture);
        return r.Next(4) switch
        {
            0 => $"[caption id=\"attachment_{id}\" align=\"align{r.Pick("center", "right", "none")}\" width=\"{r.Pick("600", "750", "1024")}\"]{text}[/caption]",
            1 => $"[caption id=\"\" align=\"aligncenter\" width=\"640\"] {text} [/caption]",
            2 => $"<img src=\"/wp-content/uploads/{s.Day.Year}/{s.Day.Month:00}/{id}.jpg\" alt=\"{subject}\" /> {text}",
            _ => $"<figcaption>{text}</figcaption>",
        };
    }

    private static string Script(DressingRandom r) => r.Next(6) switch
    {
        0 => "(adsbygoogle = window.adsbygoogle || []).push({});",
        1 => $"googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-{r.Letters(13, "0123456789")}-{r.Between(0, 9)}'); }});",
        2 => "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());",
        3 => $"var addthis_config = {{\"data_track_addressbar\":{r.Pick("false", "true")}}};",
        4 => $".entry-content p{{text-align:justify;font-size:{r.Between(14, 19)}px;line-height:{r.Pick("1.8", "2", "1.6")}}}",
        _ => $"<img height=\"1\" width=\"1\" style=\"display:none\" src=\"/tr?id={r.Letters(15, "0123456789")}&ev=PageView&noscript=1\" />",
    };

    private static string JsonLd(NinthStory s, DressingRandom r)
    {
        var keywords = string.Join(",", new[] { s.Region.Country, s.City(r), s.Paper, r.Pick("أخبار", "محليات", "سياسة", "اقتصاد") }.Take(r.Between(2, 4)));
        var date = s.Day.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + r.Pick("+03:00", "+02:00", "Z", "+01:00");
        return r.Chance(0.5)
            ? $"{{\"@type\":\"NewsArticle\",\"headline\":\"{s.Title.Replace("\"", "\\\"", StringComparison.Ordinal)}\",\"datePublished\":\"{date}\",\"keywords\":\"{keywords}\"}}"
            : $"{{ \"@type\": \"{r.Pick("NewsArticle", "Article", "BreadcrumbList")}\", \"inLanguage\": \"ar\", \"keywords\": [\"{keywords.Replace(",", "\", \"", StringComparison.Ordinal)}\"], \"dateModified\": \"{date}\" }}";
    }
}
