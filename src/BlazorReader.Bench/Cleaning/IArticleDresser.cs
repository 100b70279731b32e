using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// A catalogue of noise shapes that dresses a clean article as a scraped page would.
public interface IArticleDresser
{
    DressedArticle Dress(RawArticle article, string key, DressingRandom r);
}
