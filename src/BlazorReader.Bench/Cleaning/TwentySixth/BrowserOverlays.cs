namespace BlazorReader.Bench.Cleaning.TwentySixth;

// Browser add-ons whose overlays were copied with the page: a dictionary hover card over a word
// of the story (word, root, meaning, pronunciation, «المزيد من المعاني»), and coupon, cashback
// and price-tracker bars («كود الخصم», «تم تفعيل الاسترداد»).
internal static class BrowserOverlays
{
    public static void Dress(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.6))
        {
            var at = r.Next(p.Paragraphs.Count);
            var words = p.Paragraphs[at].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5 && w.All(char.IsLetter)).ToList();
            if (words.Count > 0)
            {
                var word = r.Pick<string>(words);
                string[] card = r.Next(3) switch
                {
                    0 => [$"{word} (اسم)", $"الجذر: {string.Join(" ", word.Where(c => c != 'ا' && c != 'ل').Take(3))}", "معنى: " + r.Pick("ما يدل على الأمر ويوضحه", "الشيء المقصود في السياق"), "المزيد من المعاني ←"],
                    1 => [$"🔊 {word} · استمع إلى النطق", "المزيد من المعاني في المعجم"],
                    _ => [$"معنى «{word}» في معجم المعاني الجامع", $"النطق: {word} · {r.Pick("مفرد", "جمع")}", "ترجمة ⇄ English"],
                };
                // The card's «more meanings» link is a more-link; the rest is the card's caption-like text.
                var more = card[^1].StartsWith("المزيد", StringComparison.Ordinal);
                p.After(at, more ? new Chunk(card, [new NoisePiece(NoiseKind.Caption, card[..^1]), new NoisePiece(NoiseKind.MoreLink, [card[^1]])]) : Chunk.Noise(NoiseKind.Caption, card));
            }
        }
        var code = r.Letters(r.Between(5, 8), "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789");
        p.Top(Chunk.Noise(NoiseKind.Footer, r.Next(3) switch
        {
            0 => $"🏷 كود الخصم: {code} — وفّر {r.Number(r.Between(5, 40))}٪ | نسخ",
            1 => $"✓ تم تفعيل الاسترداد النقدي {Stamps.Digits(r, $"{r.Between(2, 12)}%")} على هذا المتجر",
            _ => $"📉 انخفض السعر {r.Number(r.Between(10, 300))} ر.س منذ آخر زيارة · تتبّع السعر",
        }));
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Counter, $"استخدمه {r.Number(r.Between(12, 4000))} شخصاً {r.Pick("اليوم", "هذا الأسبوع")} · {r.Pick("آخر استخدام", "تم التحقق")} {Stamps.Ago(r)}"));
        }
        if (r.Chance(0.4))
        {
            p.Tail(Chunk.Noise(NoiseKind.Share, r.Pick("إخفاء على هذا الموقع ✕", "إيقاف الإضافة مؤقتاً · الإعدادات", "أضف إلى قائمة المراقبة ♡")));
        }
        if (r.Chance(0.4))
        {
            p.Inside(Chunk.Own($"وحذرت {r.Pick("وزارة التجارة", "هيئة حماية المستهلك", "الجهات المختصة")} من روابط تروّج لأكواد خصم وهمية، داعية إلى التحقق من المتجر قبل الدفع."));
        }
    }
}
