using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// One article being dressed: its outlet and day, the dice, the other stories it may tease,
// and whether its one credit line is already written (a page names its source once).
internal sealed partial class Page
{
    private readonly HashSet<string> teased = new(StringComparer.Ordinal);
    private readonly string ownText;
    private readonly string? ownTitle;

    public Page(DressingRandom r, DressingPools pools, RawArticle article, Outlet outlet)
    {
        R = r;
        Pools = pools;
        Outlet = outlet;
        Day = Ink.DayOf(article, r);
        ownTitle = article.Title is null ? null : TextReferee.Normalize(article.Title);
        ownText = TextReferee.Normalize(article.Text);
        Lead = TextReferee.Lines(article.Text).FirstOrDefault() ?? "";
    }

    public DressingRandom R { get; }

    public DressingPools Pools { get; }

    public Outlet Outlet { get; }

    public Region Region => Outlet.Region;

    public DateOnly Day { get; }

    public string? Title => ownTitle;

    public string Lead { get; }

    public bool CreditWritten { get; set; }

    // Another story's title or lead, never this one's, never twice on a page; often one
    // about the same subject, as related lists are.
    public string? Teaser(bool titleOnly = false)
    {
        for (var tries = 0; tries < 8; tries++)
        {
            var pick = R.Next(titleOnly ? 8 : 10) switch
            {
                < 3 => Pools.RelatedTitle(R, ownTitle),
                < 8 => Pools.Titles.Count > 0 ? R.Pick(Pools.Titles) : null,
                _ => Pools.Leads.Count > 0 ? R.Pick(Pools.Leads) : null,
            };
            if (pick is not null && pick != ownTitle && !ownText.Contains(pick, StringComparison.Ordinal) && teased.Add(pick))
            {
                return pick;
            }
        }
        return null;
    }

    // A sentence of another story for a tweet's text: a tweet that repeated this story's own
    // line would leave two right answers.
    public string Sentence()
    {
        for (var tries = 0; tries < 8; tries++)
        {
            var sentence = R.Pick(Pools.Sentences);
            if (!ownText.Contains(sentence, StringComparison.Ordinal))
            {
                return sentence;
            }
        }
        return R.Pick(Pools.Sentences);
    }

    public List<string> Teasers(int count) => [.. Enumerable.Range(0, count).Select(_ => Teaser()).OfType<string>()];

    public static NoisePiece Piece(NoiseKind kind, params IEnumerable<string> lines) => new(kind, [.. lines]);

    // French chrome belongs to Maghreb and Lebanese pages: elsewhere a shape's French wordings
    // are left out of the pick (English ones stay, Gulf and Levant pages print them too).
    public string Pick(params string[] options)
    {
        var kept = Region.IsMaghreb() || Region == Region.Lebanon ? options : [.. options.Where(o => !French().IsMatch(o))];
        return R.Pick(kept.Length > 0 ? kept : options);
    }

    public string City() => Outlets.City(R, Region);

    public string Date() => Ink.Date(R, Day, Region);

    public string Num(int n) => Ink.Num(R, n, Region);

    public string Sep() => R.Separator();

    [GeneratedRegex(@"[éèàçêûôîÀÉ]|N°|\b(inscrire|Lire|Partager|Partagez|Suivante|Précédente|Sous-titres|Commentaires|Nom|Festival|Photo :|Voir|Votre|Billetterie|Immobilier|Offres|Par|Rédigé|Imprimer|vues|fois|Accueil|Langue|Galerie|Soyez|Les|Source :|Suivez|Abonnez|Gérer|Regarder|Plein|Tous|Exclusif|DH|DT|mn|sur|Lien|Vous|Se|Infographie|alt: graphique|Publicité|Mentions|Qui|Correction|Rectificatif|Suivre)\b")]
    private static partial Regex French();
}
