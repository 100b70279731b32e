using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.ThirtySixth;

namespace BlazorReader.Bench.Tests.Cleaning;

public sealed class ThirtySixthDresserTests : DresserPromiseTests
{
    protected override IArticleDresser CreateDresser(DressingPools pools) => new ThirtySixthDresser(pools);
}
