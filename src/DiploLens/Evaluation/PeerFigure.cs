namespace DiploLens.Evaluation;

/// <summary>
/// A peer detector's accuracy (percent) on one language and kind. <paramref name="OnThisSplit"/> is true when it was
/// measured on the same items we are scored on, false for figures published on the peer's full test set.
/// </summary>
public sealed record PeerFigure(string Peer, string Language, string Kind, double Accuracy, bool OnThisSplit);
