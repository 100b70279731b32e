using System.CommandLine;
using System.Globalization;

namespace BlazorReader.Bench.Common;

// A benchmark's count or seed: a whole number above zero, or a clear message naming the option.
public static class NumberOption
{
    public static Option<int> Positive(string name, string helpName, string description, int fallback) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
            result.AddError($"{name} needs a whole number above zero, not \"{text}\".");
            return 0;
        },
    };
}
