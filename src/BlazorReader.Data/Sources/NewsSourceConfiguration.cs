using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Sources;

internal sealed class NewsSourceConfiguration : IEntityTypeConfiguration<NewsSource>
{
    public void Configure(EntityTypeBuilder<NewsSource> s)
    {
        s.ToTable("Sources");
        s.HasKey(x => x.Key);
        // The same length as Article.Source, which it names.
        s.Property(x => x.Key).HasMaxLength(100);
        s.Property(x => x.Name).HasMaxLength(200);
        s.Property(x => x.ShortName).HasMaxLength(100);
        s.Property(x => x.SiteUrl).HasMaxLength(400);
    }
}
