namespace DiploLens.Documents;

/// <summary>A matched topic term (as written in the rule file) at a span, and the weight it added.</summary>
public sealed record TopicEvidence(TextSpan Span, string Term, double Weight);
