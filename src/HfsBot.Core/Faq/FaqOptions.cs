using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Faq;

/// <summary>Configuration section <c>Faq</c>.</summary>
public sealed class FaqOptions
{
    public const string SectionName = "Faq";

    /// <summary>The FAQ folder; a relative path is resolved from the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "faq";

    /// <summary>Watch the folder and reload after changes (the bot keeps serving the last good set on errors).</summary>
    public bool WatchForChanges { get; set; } = true;
}

[OptionsValidator]
public sealed partial class FaqOptionsValidator : IValidateOptions<FaqOptions>;
