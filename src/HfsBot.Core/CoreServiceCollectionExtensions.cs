using HfsBot.Core.Answering;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HfsBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the FAQ library, the unanswered-question log and usage stats, with their options (sections
    /// <c>Faq</c>, <c>Matching</c> and <c>Data</c>), validated at start.
    /// </summary>
    public static IServiceCollection AddHfsCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FaqOptions>, FaqOptionsValidator>();
        services.AddOptions<MatchingOptions>()
            .BindConfiguration(MatchingOptions.SectionName)
            .Validate(o => o.SuggestThreshold <= o.AnswerThreshold, "Matching:SuggestThreshold must not be above Matching:AnswerThreshold")
            .Validate(o => o.HfsQuestionSuggestThreshold <= o.SuggestThreshold, "Matching:HfsQuestionSuggestThreshold must not be above Matching:SuggestThreshold")
            .Validate(o => o.UnknownWordsSuggestThreshold >= o.SuggestThreshold, "Matching:UnknownWordsSuggestThreshold must not be below Matching:SuggestThreshold")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>();
        services.AddSingleton<FaqLibrary>();
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.AddSingleton<UnansweredLog>();
        services.AddSingleton<AnswerStats>();
        return services;
    }
}
