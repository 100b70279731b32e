namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// Month names as dates on these pages print them: Egyptian-style or Levantine names.
internal static class Months
{
    private static readonly string[] Common = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] English = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Name(DressingRandom r, int month) => r.Chance(0.75) ? Common[month - 1] : Levantine[month - 1];

    public static string Latin(int month) => English[month - 1];
}
