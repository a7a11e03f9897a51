namespace DiploLens.Web.Rendering;

/// <summary>The workbench's one stylesheet, served from this origin (the CSP forbids inline styles and CDNs).</summary>
public static class StaticAssets
{
    public const string SiteCss = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1d2430; background: #fafafa; }
        header { background: #1d3557; color: #fff; padding: .6rem 1rem; display: flex; gap: 1rem; align-items: center; }
        header a { color: #fff; text-decoration: none; font-weight: 600; }
        header nav { margin-left: auto; font-size: .9rem; }
        main { display: flex; gap: 1.5rem; padding: 1rem; max-width: 1200px; margin: 0 auto; }
        .content { flex: 1; min-width: 0; }
        aside.facets { width: 230px; font-size: .9rem; }
        aside.facets h3 { font-size: .95rem; margin: 1rem 0 .3rem; }
        aside.facets ul { list-style: none; padding: 0; margin: 0; }
        form.search { display: flex; gap: .5rem; flex-wrap: wrap; margin-bottom: 1rem; }
        form.search input[type=search] { flex: 1; min-width: 260px; padding: .4rem; font-size: 1rem; }
        .hit { margin: 0 0 1.2rem; }
        .hit h2 { font-size: 1.05rem; margin: 0 0 .2rem; }
        .meta { color: #5a6270; font-size: .85rem; }
        mark { background: #ffe08a; }
        .error { color: #a4161a; background: #fde2e4; padding: .5rem; }
        .columns { display: flex; gap: 1rem; align-items: flex-start; }
        .columns > section { flex: 1; min-width: 0; }
        details.removed { margin-top: 2rem; background: #f0f0f0; padding: .5rem; }
        details.removed li { margin-bottom: .4rem; }
        .reason { color: #5a6270; font-size: .85rem; }
        svg.chart rect { fill: #457b9d; }
        svg.chart text { font-size: 10px; fill: #5a6270; }
        .pager { display: flex; gap: 1rem; }
        """;
}
