using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Data;

/// <summary>Configuration section <c>Data</c>: where the bot keeps its own state.</summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";

    /// <summary>The data folder; a relative path is resolved from the working directory. Created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "data";

    /// <summary>Unanswered questions older than this are deleted.</summary>
    [Range(1, 3650)]
    public int UnansweredRetentionDays { get; set; } = 90;
}

[OptionsValidator]
public sealed partial class DataOptionsValidator : IValidateOptions<DataOptions>;
