namespace BlazorReader.Core.Arabic;

// Function words that say nothing about what an article is about. The list is written as a
// reader would spell it and normalised on load, and lookups happen on normalised words:
// removing stopwords before normalising (as Lucene's ArabicAnalyzer does) lets «إلى» or
// «فِي» slip through. «على» is left out on purpose: once ى is folded it is «علي», a name
// that news copy is full of.
public static class ArabicStopwords
{
    private static readonly string[] Written =
    [
        "في", "من", "إلى", "عن", "مع", "أن", "إن", "أنّ", "لأن", "هذا", "هذه", "ذلك", "تلك", "هؤلاء",
        "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "أو", "أم", "ثم", "قد", "لقد", "كان", "كانت",
        "يكون", "تكون", "لم", "لن", "ما", "لا", "ليس", "هو", "هي", "هم", "هما", "نحن", "أنا", "أنت",
        "كل", "بين", "بعد", "قبل", "حتى", "عند", "منذ", "إذا", "إذ", "أيضا", "وقد", "وفي", "ومن", "وأن",
        "وإن", "وهو", "وهي", "ولا", "وما", "ولم", "فإن", "فقد", "فيه", "فيها", "منه", "منها", "عليه",
        "عليها", "له", "لها", "لهم", "به", "بها", "بهذا", "بذلك", "لذلك", "كما", "مثل", "غير", "دون",
        "حيث", "هناك", "هنا", "لدى", "لكن", "ولكن", "بل", "إلا", "أي", "وهذا", "وهذه", "وذلك", "عبر",
        "خلال", "ضمن", "نحو", "أمام", "تحت", "فوق", "ذات", "ذو", "سوف", "إنه", "أنه", "أنها", "إنها",
    ];

    private static readonly HashSet<string> Normalised =
        Written.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    public static bool Contains(string normalisedWord) => Normalised.Contains(normalisedWord);
}
