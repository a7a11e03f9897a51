namespace DiploLens.Pipeline;

/// <summary>The stages cannot run in the order given: a requirement is missing or a layer is produced twice.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
