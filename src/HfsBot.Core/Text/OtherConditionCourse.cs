using System.Text.RegularExpressions;

namespace HfsBot.Core.Text;

/// <summary>
/// A question about how another condition the FAQ names beside HFS runs its own course: "my brother had bells palsy
/// last month, how long till his face comes back to normal", "how long does it take to get back to normal after a
/// stroke? my uncle had one in may", "friend has bells palsy, what helps", "brain tumour surgery recovery time",
/// "gamma knife for my acoustic neuroma". The FAQ names Bell's palsy, stroke and tumours only for how they bear on HFS
/// ("can Bell's palsy lead to HFS?", "is it a stroke or my HFS?", "could it be a tumour?"), so its entries match these
/// words without answering them; a ringing in the ears that lasts is another condition too. Diabetes, blood pressure,
/// multiple sclerosis and back pain are named the same way ("can I still have MVD with diabetes?"), so "is type 2
/// diabetes reversible" and "how do I lower my blood pressure naturally" are not the FAQ's either. A question that names HFS,
/// describes what it does, or names its treatment or someone's own operation is about HFS, and is not one.
/// </summary>
public static partial class OtherConditionCourse
{
    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    /// <param name="namesHfs">Whether the question names HFS as matching reads it, through the synonyms ("twitch",
    /// "spasm", "hfs", "espasmo"...): then it is about HFS, and not one of these.</param>
    public static bool AsksAbout(string normalized, bool namesHfs)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (namesHfs || DescribesHfs().IsMatch(normalized))
        {
            return false;
        }

        var course = Course().IsMatch(normalized);
        return (course && Condition().IsMatch(normalized)) || (Ringing().IsMatch(normalized) && (course || Lasting().IsMatch(normalized)));
    }

    [GeneratedRegex(@"\b(?:bells? palsy|bell s palsy|bells|stroke|strokes|mini stroke|tia|tumou?rs?|brain cancer|cancer|neuromas?|schwannomas?|ramsay hunt|shingles|epilep\w*|blepharospasm|multiple sclerosis|diabet\w*|blood pressure|hypertension|back pain)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Condition();

    // How it goes or what helps: recovery, time, getting better, its own treatment ("the treatment for bells palsy"),
    // catching it, a scare over, the best medicine for it ("which anti-seizure medicine is best for epilepsy?"), how it
    // is treated ("how do they treat bells palsy in the first few days"). Not "why" or "cure": "why do they scan for a
    // tumour?" is the FAQ's (tried: it lost right answers).
    [GeneratedRegex(@"\b(?:how long (?:till|until|before|to|does|do|will|for|is)|recover\w*|recovery|get(?:ting)? better|back to normal|come back|comes back|heal\w*|what helps|anything help|treatment for|treat (?:it|them|that)|treat(?:ed|s)?|rehab\w*|physio\w*|catching|contagious|infectious|steroids?|prednisolone|gamma knife|radiotherapy|radiation|chemo\w*|scare|all clear|(?:is|are) best for|best (?:medicine|medication|meds|drug|treatment|tablets?) for|good for|reversible|reverse it|be cured|lower (?:my|his|her|your)|bring (?:\w+ ){0,3}down)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Course();

    // A ringing in the ears is another condition whenever it lasts: "ringing in ears all day", "constant ringing for years".
    [GeneratedRegex(@"\b(?:tinnitus|ringing in (?:my |both |the |his |her )?ears?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ringing();

    [GeneratedRegex(@"\b(?:all day|all the time|for years|constant\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Lasting();

    // What HFS does described without naming it ("since my bells palsy healed my mouth moves when i blink", "when i chew
    // my eye narrows"; not a face that "moves normally again", which is recovery), its treatment, or someone's own operation ("a bells palsy type weakness after the decompression").
    // Its names ("twitch", "spasm", "hfs") are the caller's: matching reads them through the synonyms.
    [GeneratedRegex(
        @"\b(?:jump\w*|tic|tics|synkines\w*|mvd|botox|tegretol|carbamazepine|oxcarbazepine|trileptal|clonazepam|gabapentin|baclofen|flicker\w*|squeez\w*|narrow\w*|blink\w*|pulls|pulling"
        + @"|(?:my|his|her|the|their) (?:op|operation|surgery)|operated|decompression|cushion"
        + @"|(?:eye|eyes|eyelid|mouth|cheek|lip|lips|face|chin)(?: \w+){0,3} (?:moves?(?! (?:normally|properly|right|again))|moving|closes?|closing|shuts?|shutting|goes|pulls?|winks?)"
        + @"|since (?:my |his |her |the )?(?:bells?|bell s) (?:palsy )?(?:healed|cleared|went|got better|recovered))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DescribesHfs();
}
