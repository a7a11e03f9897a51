using System.Globalization;
using System.Text;
using DiploLens.Search;

namespace DiploLens.Web.Rendering;

/// <summary>Server-rendered bar charts as inline SVG (no script, no CDN): one bar per period, the first and last periods labelled.</summary>
public static class SvgChart
{
    public static string Bars(IReadOnlyList<TrendPoint> points, string title, int width = 640, int height = 160)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" width=\"{width}\" height=\"{height + 20}\" viewBox=\"0 0 {width} {height + 20}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title>").Append(Markup.Encoder.Encode(title)).Append("</title>");
        if (points.Count > 0)
        {
            var max = Math.Max(1, points.Max(p => p.Count));
            var step = (double)width / points.Count;
            var barWidth = Math.Max(1, step - 1);
            for (var i = 0; i < points.Count; i++)
            {
                var h = points[i].Count * (height - 10.0) / max;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{i * step:0.##}\" y=\"{height - h:0.##}\" width=\"{barWidth:0.##}\" height=\"{h:0.##}\"><title>{points[i].Start:yyyy-MM-dd}: {points[i].Count}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{height + 14}\">{points[0].Start:yyyy-MM-dd}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width}\" y=\"{height + 14}\" text-anchor=\"end\">{points[^1].Start:yyyy-MM-dd}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
