using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HfsBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the FAQ library and its options (sections <c>Faq</c> and <c>Matching</c>), validated at start.</summary>
    public static IServiceCollection AddHfsCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FaqOptions>, FaqOptionsValidator>();
        services.AddOptions<MatchingOptions>()
            .BindConfiguration(MatchingOptions.SectionName)
            .Validate(o => o.SuggestThreshold <= o.AnswerThreshold, "Matching:SuggestThreshold must not be above Matching:AnswerThreshold")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>();
        services.AddSingleton<FaqLibrary>();
        return services;
    }
}
