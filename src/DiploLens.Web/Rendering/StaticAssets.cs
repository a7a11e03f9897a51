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
        .legend { font-size: .85rem; display: flex; flex-wrap: wrap; gap: .35rem .6rem; align-items: baseline; margin: .4rem 0 .8rem; }
        .legend-title { color: #5a6270; }
        .text { line-height: 1.6; }
        mark.hl { background: none; color: inherit; padding: 0 .05em; }
        mark.hl a { color: inherit; text-decoration: none; }
        mark.hl a:hover, mark.hl a:focus { text-decoration: underline; }
        mark.hl-quote { background: #e6eef6; box-shadow: inset 3px 0 0 #8fb0cc; }
        mark.hl-entity { border-bottom: 2px solid #7a8494; }
        mark.hl-person { background: #fbe3e5; border-bottom-color: #c1121f; }
        mark.hl-organisation { background: #e0ecf8; border-bottom-color: #1d6fb8; }
        mark.hl-forum { background: #ece4f5; border-bottom-color: #6a4c93; }
        mark.hl-country { background: #dcf1ee; border-bottom-color: #2a9d8f; }
        mark.hl-place { background: #e6f0dc; border-bottom-color: #588157; }
        mark.hl-treaty { background: #f6e9dc; border-bottom-color: #bc6c25; }
        mark.hl-ambiguous { border-bottom-style: dashed; }
        mark.hl-date { border-bottom: 2px dotted #e76f51; }
        mark.hl-figure { border-bottom: 3px double #264653; }
        mark.term { background: #ffe08a; }
        .hl-speaker { font-size: .75em; vertical-align: super; margin-left: .2em; color: #1d3557; white-space: nowrap; }
        .columns .meta { overflow-wrap: anywhere; }
        .evidence { margin: .3rem 0 1rem; }
        .evidence h3 { font-size: 1rem; margin: .9rem 0 .2rem; }
        .evidence p.link { margin: .2rem 0 .4rem; }
        .evidence table { border-collapse: collapse; font-size: .85rem; }
        .evidence th, .evidence td { text-align: left; padding: .15rem .6rem .15rem 0; border-bottom: 1px solid #e2e4e8; }
        .evidence td.weight, .evidence td.score { text-align: right; font-variant-numeric: tabular-nums; }
        .copies { font-size: .85rem; margin: .2rem 0 0; padding-left: 1.1rem; }
        .merged ul { display: inline; margin: 0; padding: 0; }
        .merged li { display: inline; }
        .merged li + li::before { content: ", "; }
        .badge { font-size: .75rem; background: #1d3557; color: #fff; border-radius: 3px; padding: 0 .3rem; }
        """;
}
