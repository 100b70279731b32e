namespace BlazorReader.Core.Cleaning;

// With the other chrome: lines this source repeats across many of its articles.
internal sealed class BoilerplateRemover : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        if (context.Boilerplate is not { } learned || context.Raw.Source is not { } source)
        {
            return;
        }
        context.RemoveWhere(l => learned.Matches(source, l.Text) ? "boilerplate:" + source : null);
    }
}
