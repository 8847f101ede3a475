using System.Collections.Immutable;
using System.Globalization;
using HfsBot.Core.Faq;

namespace HfsBot.Core.Evaluation;

/// <summary>
/// A deterministic generator of realistic distractor entries for scale tests: FAQ entries about other
/// conditions, asked the way members ask (lower case, casual, some typos), that share much of the HFS
/// vocabulary ("botox", "surgery", "mri", "driving", "stress", "pregnancy"). Used by <c>eval --distractors</c>
/// and the benchmarks to show that matching stays right and fast when the FAQ is 10,000 entries large.
/// </summary>
public static class SyntheticFaq
{
    private static readonly string[] Conditions =
    [
        "trigeminal neuralgia", "bells palsy", "blepharospasm", "cervical dystonia", "migraine", "cluster headache",
        "tinnitus", "vertigo", "menieres disease", "tmj disorder", "dry eye syndrome", "sinusitis", "shingles",
        "multiple sclerosis", "parkinsons disease", "essential tremor", "restless legs", "carpal tunnel", "sciatica",
        "frozen shoulder", "tennis elbow", "plantar fasciitis", "gout", "psoriasis", "eczema", "rosacea", "acne",
        "hay fever", "asthma", "sleep apnoea", "insomnia", "anxiety disorder", "depression", "high blood pressure",
        "type 2 diabetes", "thyroid problems", "anaemia", "glaucoma", "cataracts", "macular degeneration",
        "ear infection", "tonsillitis", "gum disease", "tooth sensitivity", "neck pain", "lower back pain",
        "knee arthritis", "hip replacement", "hernia", "kidney stones", "gallstones", "ibs", "acid reflux",
        "long covid", "flu", "chickenpox", "concussion", "epilepsy", "narcolepsy", "fibromyalgia", "chronic fatigue",
        "lupus", "rheumatoid arthritis", "osteoporosis", "varicose veins", "raynauds", "tourette syndrome",
        "spasmodic dysphonia", "writers cramp", "myasthenia gravis", "peripheral neuropathy", "cold sores",
        "hives", "dizziness", "nosebleeds", "jaw pain", "eye strain", "hearing aids", "wisdom teeth", "hiccups",
    ];

    private static readonly (string Title, string[] Questions)[] Aspects =
    [
        ("What is {0}?", ["what is {0} exactly", "can someone explain {0} in simple words", "{0} meaning", "just been told i have {0}, what is it"]),
        ("What causes {0}?", ["why do people get {0}", "what triggers {0} in the first place", "is {0} caused by stress", "{0} causes"]),
        ("Is {0} hereditary?", ["will my kids get {0}", "does {0} run in families", "does {0} pass from parents to children", "my mum had {0}, will i get it"]),
        ("How is {0} diagnosed?", ["what tests show {0}", "how do doctors confirm {0}", "do i need a scan for {0}", "{0} diagnosis"]),
        ("What are the first signs of {0}?", ["early symptoms of {0}", "how does {0} start", "first symptoms of {0}", "how do i know if i have {0}"]),
        ("Can {0} be cured?", ["is there a cure for {0}", "will {0} ever go away for good", "{0} permanent fix", "can doctors make {0} stop for good"]),
        ("What is the best treatment for {0}?", ["how is {0} treated", "{0} treatment options", "what helps {0} most", "best meds for {0}"]),
        ("Does botox help {0}?", ["botox for {0}", "do injections work for {0}", "has anyone had botox for {0}", "is botox approved for {0}"]),
        ("Is surgery an option for {0}?", ["should i have an operation for {0}", "{0} surgery worth it", "when is surgery needed for {0}", "operation for {0} risks"]),
        ("How long is recovery after {0} surgery?", ["recovery time {0} operation", "when can i work after {0} surgery", "how long off work after {0} op", "driving after {0} surgery"]),
        ("What are the side effects of {0} medication?", ["{0} tablets side effects", "do {0} meds make you tired", "side effects of pills for {0}", "is {0} medicine safe long term"]),
        ("Can stress make {0} worse?", ["does anxiety affect {0}", "{0} worse when stressed", "stress and {0}", "can lack of sleep make {0} worse"]),
        ("Can I drive with {0}?", ["is it safe to drive with {0}", "do i have to tell the dvla about {0}", "driving with {0}", "{0} and my driving licence"]),
        ("Is {0} dangerous?", ["can {0} kill you", "how bad can {0} get", "should i be worried about {0}", "{0} long term damage"]),
        ("Does {0} go away on its own?", ["will {0} stop by itself", "can {0} heal without treatment", "{0} natural recovery", "how long does {0} last"]),
        ("Which doctor treats {0}?", ["what specialist for {0}", "who should i see about {0}", "gp or specialist for {0}", "{0} doctor type"]),
        ("Is {0} contagious?", ["can i catch {0}", "is {0} infectious", "can {0} spread to others", "{0} catching"]),
        ("How does {0} affect pregnancy?", ["{0} while pregnant", "is {0} treatment safe when pregnant", "{0} and breastfeeding", "pregnant with {0}"]),
        ("Are there natural remedies for {0}?", ["home remedies for {0}", "does acupuncture help {0}", "vitamins for {0}", "{0} diet tips"]),
        ("Does insurance cover {0} treatment?", ["how much does {0} treatment cost", "is {0} covered by medicare", "{0} treatment price", "nhs waiting list for {0}"]),
        ("Can {0} come back?", ["{0} came back after treatment", "does {0} return", "{0} recurrence", "how often does {0} come back"]),
        ("How do I live with {0}?", ["tips for living with {0}", "coping with {0} every day", "{0} and work", "{0} support groups"]),
        ("Can children get {0}?", ["{0} in kids", "my son has {0}", "{0} in teenagers", "is {0} common in children"]),
        ("What exercises help {0}?", ["stretches for {0}", "physio for {0}", "does exercise help {0}", "yoga for {0}"]),
    ];

    private static readonly string[] Modifiers = ["", " in older adults", " after 50", " in women", " in men", " at night", " in winter", " after covid"];

    /// <summary>
    /// <paramref name="count"/> distractor entries with ids <c>synthetic-N</c>, the same for the same count.
    /// </summary>
    public static ImmutableArray<FaqEntry> Generate(int count, DateOnly reviewed)
    {
        var random = new Random(20261121);
        var entries = ImmutableArray.CreateBuilder<FaqEntry>(count);
        for (var n = 0; n < count; n++)
        {
            var condition = Conditions[n % Conditions.Length];
            var (title, questions) = Aspects[n / Conditions.Length % Aspects.Length];
            var modifier = Modifiers[n / (Conditions.Length * Aspects.Length) % Modifiers.Length];
            var topic = condition + modifier;
            entries.Add(new FaqEntry
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{n}"),
                Title = Capitalize(string.Format(CultureInfo.InvariantCulture, title, topic)),
                Questions = [.. questions.Select(q => Typo(string.Format(CultureInfo.InvariantCulture, q, topic), random))],
                Sources = [new FaqSource("Synthetic distractor", null, new Uri("https://example.org/synthetic"))],
                Reviewed = reviewed,
                ReviewedBy = "generator",
                ReviewDue = reviewed.AddMonths(12),
                Body = "A synthetic distractor entry for scale tests.",
                FilePath = string.Create(CultureInfo.InvariantCulture, $"synthetic/synthetic-{n}.md"),
            });
        }

        return entries.MoveToImmutable();
    }

    /// <summary>The real catalog plus <paramref name="count"/> distractors, with the real synonyms and safety rules.</summary>
    public static FaqCatalog WithDistractors(FaqCatalog real, int count)
    {
        ArgumentNullException.ThrowIfNull(real);
        var reviewed = real.Entries.IsEmpty ? new DateOnly(2026, 1, 1) : real.Entries[0].Reviewed;
        return new FaqCatalog(real.Entries.Concat(Generate(count, reviewed)), real.Synonyms, real.Safety);
    }

    /// <summary>Writes entries as <c>&lt;id&gt;.md</c> files in the FAQ format, to measure loading from disk.</summary>
    public static void WriteFiles(IEnumerable<FaqEntry> entries, string directory)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Directory.CreateDirectory(directory);
        foreach (var entry in entries)
        {
            var questions = string.Concat(entry.Questions.Select(q => $"  - \"{q}\"\n"));
            var text = $"---\ntitle: \"{entry.Title}\"\nquestions:\n{questions}sources:\n  - title: {entry.Sources[0].Title}\n    url: {entry.Sources[0].Url}\n"
                + string.Create(CultureInfo.InvariantCulture, $"reviewed: {entry.Reviewed:yyyy-MM-dd}\nreviewed_by: {entry.ReviewedBy}\n---\n{entry.Body}\n");
            File.WriteAllText(Path.Combine(directory, entry.Id + ".md"), text);
        }
    }

    /// <summary>One question in five gets a realistic slip: two neighbouring letters swapped in one word.</summary>
    private static string Typo(string question, Random random)
    {
        if (random.Next(5) != 0)
        {
            return question;
        }

        var words = question.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5).ToArray();
        if (candidates.Length == 0)
        {
            return question;
        }

        var index = candidates[random.Next(candidates.Length)];
        var letters = words[index].ToCharArray();
        var at = random.Next(1, letters.Length - 1);
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        words[index] = new string(letters);
        return string.Join(' ', words);
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
