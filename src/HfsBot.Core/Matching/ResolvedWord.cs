namespace HfsBot.Core.Matching;

/// <summary>
/// One content word of a question and the FAQ term it stands for (<see cref="FaqIndex.Resolve"/>): the word itself
/// (similarity 1), the FAQ word it misspells (that typo's similarity, below 1), or nothing (<see cref="TermId"/> -1).
/// </summary>
internal readonly record struct ResolvedWord(string Word, int TermId, float Similarity)
{
    /// <summary>The word means something to the FAQ, as it stands or as a typo.</summary>
    public bool IsTerm => TermId >= 0;

    /// <summary>The word is an FAQ term as it stands.</summary>
    public bool IsExact => IsTerm && Similarity >= 1;
}
