using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

public static class Accessibility
{
    // Serious and critical axe findings fail a test; the message lists each with its nodes.
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}";
}
