using System.Collections.Frozen;

namespace HfsBot.Core.Text;

/// <summary>
/// Words that say nothing about which FAQ entry a member means: function words, question words, greetings and
/// chat fillers. They are left out of matching, so "hey everyone, does anyone know how long botox lasts" is
/// matched on "botox long last". Topic words such as "long", "after", "before" and "side" stay in.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // articles, pronouns, auxiliaries
        "a", "an", "the", "i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "you", "your", "youre", "yours",
        "we", "were", "our", "us", "he", "hes", "him", "his", "she", "shes", "her", "hers", "it", "its", "itself",
        "they", "theyre", "their", "them", "this", "that", "these", "those", "there", "theres", "here",
        "is", "am", "are", "was", "be", "been", "being", "isnt", "arent", "wasnt", "werent",
        "do", "does", "did", "doing", "dont", "doesnt", "didnt", "have", "has", "had", "having", "havent", "hasnt",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "cant", "wont", "wouldnt",
        "shouldnt", "couldnt", "gonna", "wanna", "gotta",
        // question words
        "what", "whats", "which", "who", "whom", "whose", "why", "how", "hows", "where", "when", "whether",
        // prepositions and conjunctions
        "of", "to", "in", "on", "at", "by", "for", "from", "with", "about", "as", "into", "than", "then", "so",
        "and", "or", "but", "if", "because", "cuz", "coz", "also", "too", "very", "really", "just",
        "even", "still", "only", "quite", "pretty", "much", "any", "some", "all", "every", "each", "other",
        "another", "such", "own", "same", "more", "most", "lot", "lots", "bit", "kind", "sort", "thing",
        "things", "stuff", "way", "like", "etc", "yet", "though", "although", "anyway", "anyways",
        // chat fillers and greetings
        "hi", "hello", "hey", "hiya", "thanks", "thank", "thx", "ty", "please", "pls", "plz", "ok", "okay",
        "yes", "yeah", "yep", "no", "nope", "not", "guys", "folks", "everyone", "everybody", "anyone", "anybody",
        "someone", "somebody", "friends", "group", "know", "knows", "wondering", "wonder", "question",
        "questions", "ask", "asking", "asked", "tell", "told", "say", "said", "get", "got", "gets", "getting",
        "go", "goes", "going", "went", "gone", "make", "makes", "made", "want", "wants", "wanted", "need",
        "needs", "needed", "think", "thinks", "thought", "feel", "feels", "felt", "seem", "seems", "seemed",
        "actually", "basically", "honestly", "literally", "probably", "maybe", "perhaps", "sure",
        "anything", "something", "everything", "nothing", "one", "ones", "lol", "omg", "btw", "tbh", "idk",
        "u", "ur", "r", "ya", "y", "n", "w", "v", "q", "wat", "wot", "wht", "rly", "tht", "othr", "hw", "abt", "bcoz", "bcz", "iv", "dnt", "bot", "info", "help", "advice", "hoping", "hope", "out", "up", "off",
        "over", "exactly", "lately", "recently", "totally", "completely", "little", "else", "point", "exist",
        "exists", "saw", "seen", "using", "use", "used", "people", "person", "guy", "mate", "dear",
        "sorry", "english", "good", "great", "nice", "bad", "right", "true", "real", "ever", "never",
        "always", "sometimes", "now", "already", "first", "dumb", "stupid", "silly",
        // contractions once their apostrophe is dropped ("she'll get it too" -> "shell")
        "shell", "itll", "youll", "theyll", "thatll", "theyd", "youd", "shed", "hed", "itd",
        // Scots, as members from Scotland write ("whit can they dae for ma face, is it jist jags"): unknown words
        // would otherwise make a question read as off-topic
        "ma", "wi", "tae", "o", "aw", "noo", "whit", "dae", "jist", "mair", "aboot", "oot", "aye", "naw", "wee", "ye",
        "yer", "oor", "masel", "itsel", "onythin", "oany", "awfy", "dinnae", "cannae", "wouldnae", "didnae", "isnae",
        "wasnae", "doesnae", "havenae", "gonnae", "folk", "aff", "fae", "frae",
        // Jamaican English and Patois ("dem seh mi need MRI, wah it a look for"), for the same reason
        "mi", "di", "dem", "seh", "fi", "wah", "weh", "dat", "dis", "wid", "haffi", "pon", "jus", "inna", "unuh",
        "unu", "ting", "neva", "likkle", "nuh", "deh", "yuh", "gwaan", "gwine", "cyaan", "woulda", "coulda",
        "shoulda", "mek",
        // Spanish function words, for members who mix Spanish and English ("hay cura? o es para siempre")
        "el", "la", "los", "las", "un", "una", "de", "del", "que", "es", "en", "por", "para", "con", "mis",
        "su", "se", "lo", "le", "al", "como", "cuando", "donde", "porque", "pero", "muy", "esta", "este", "esto",
        "eso", "dijo", "dice", "siempre", "si", "yo", "puedo", "puede", "soy", "tengo", "tiene", "ir", "normalmente",
        // Italian function words, for the same reason ("ogni quanti mesi si fa il botox?")
        "il", "gli", "che", "per", "ho", "ha", "sono", "ci", "ti", "quando", "dove", "perche", "anche", "ogni",
        "quanti", "quanto", "quale", "quali", "qualche", "fa", "fanno", "dall", "della", "nel", "uno", "mio",
        "mia", "cosa", "questo", "questa", "molto", "ancora", "e",
        // German function words, for the same reason ("neurologe wrote it in the Arztbrief, was ist das genau").
        // Not "die", "was", "so", "also", "hat" or "er": they are English words too ("when to go to the ER").
        "der", "das", "den", "des", "und", "ist", "nicht", "ich", "mein", "meine", "meinen", "mit", "von",
        "auf", "fur", "fuer", "ein", "eine", "einen", "wie", "wenn", "aber", "oder", "auch", "noch", "schon",
        "sehr", "nach", "bei", "sind", "habe", "haben", "wir", "sie", "genau", "jetzt", "immer",
        // Swahili words members mix into English ("is this shida of the face dangerous?"): "shida" is trouble, the
        // condition itself, as "this thing" is
        "shida", "hii", "na", "sana",
        // Portuguese function words, for members who mix Portuguese and English ("quanto tempo dura o botox?")
        "os", "um", "uma", "da", "dos", "nos", "nas", "em", "com", "pra", "meu", "minha", "meus", "minhas",
        "sua", "isso", "isto", "esse", "essa", "ele", "ela", "eu", "voce", "vc", "tem", "ta", "estou", "mais",
        "muito", "mas", "ja", "ainda", "pode", "posso", "ser", "foi", "sou", "nao", "sim",
        // Tagalog function words, for members who write Taglish ("gaano katagal po ba yung epekto ng botox?")
        "ang", "ng", "sa", "mga", "ko", "ako", "ba", "po", "yung", "ito", "iyan", "siya", "sya", "ka", "niya", "nya",
        "kasi", "lang", "din", "rin", "naman", "ano", "paano", "bakit", "kung", "pag", "meron", "nga", "talaga", "kaya",
        "ni", "nang", "tapos", "yan", "dito", "doon", "opo",
        // more Portuguese and Tagalog function words, read in the twenty-seventh session ("será que passa sozinho se eu
        // esperar um pouco?", "pwede ba lumipat yung spasm sa kabilang side?"). Not "ate", "son" or "era": English words; not "ter", which
        // breaks the join of "flut ter"
        "seja", "tenho", "faz", "fazer", "depois", "agora", "nada", "quais", "qual", "pouco", "sera", "disso",
        "dizer", "fui", "uns", "umas", "durante", "pro", "sao", "onde", "entao", "tambem", "cada", "quantos",
        "quantas", "algum", "alguma", "alguem", "tudo", "todo", "toda", "todos", "sem", "sobre", "aqui", "vai", "vou",
        "vao", "fica", "ficar", "estao", "teve", "tive", "estava", "mim", "dele", "dela", "nosso", "nossa", "gente",
        "tipo", "bem", "melhor", "tentar", "antes", "alguns", "algumas",
        "gaano", "parang", "hindi", "kusa", "namin", "natin", "nila", "yun", "dun", "baka", "pang", "nyo", "ninyo",
        "dapat", "bang", "pwede", "pwedeng", "puwede", "sabihin", "ganito", "ganyan", "ganun", "sino", "alin",
        "kelan", "kailan", "saan", "lahat",
        // French function words ("est-ce que ca passe tout seul?"); not "car", "son" or "ton", which are English words
        "les", "une", "du", "et", "ou", "est", "cest", "je", "jai", "tu", "elle", "nous", "vous", "ils", "mon", "mes",
        "ses", "ce", "cette", "ces", "qui", "quoi", "quand", "comment", "pourquoi", "combien", "pour", "avec", "sans",
        "dans", "sur", "pas", "ne", "plus", "tres", "bien", "aussi", "donc", "au", "aux", "ca", "etre", "avoir",
        "fait", "faire", "peut", "peux", "dois", "doit", "suis", "sont", "avez", "ont", "vais", "va", "quelquun",
        "estce", "svp", "merci", "bonjour", "salut", "encore", "toujours", "deja", "moi", "toi", "lui", "leur", "vos",
        "notre", "votre",
        // more German ones ("kann man das heilen?"); not "man", "bin" or "war"
        "ihr", "mir", "mich", "dir", "dich", "euch", "kann", "konnen", "koennen", "muss", "soll", "sollte", "wird",
        "werden", "wurde", "bist", "hab", "gibt", "kein", "keine", "nur", "mal", "doch", "nein", "dann", "denn",
        "weil", "dass", "ob", "wer", "wo", "warum", "wieso", "wann", "welche", "welcher", "welches", "zu", "vom",
        "zum", "zur", "aus", "uber", "ueber", "ohne", "durch", "bis", "seit", "hier", "dort", "etwas", "viel",
        "viele", "mehr", "jemand", "weiss", "gerade", "bitte", "danke", "hallo",
        // Hindi function words, as members write Hinglish ("botox kitne din mein asar karta hai?"); not "main" or "par"
        "hai", "hain", "hota", "hoti", "hote", "mera", "meri", "mere", "mujhe", "mujhko", "ki", "ke", "aur", "bhi",
        "nahi", "nahin", "kuch", "kaise", "kyun", "kyon", "kab", "kya", "yeh", "woh", "agar", "toh", "abhi", "bahut",
        "sab", "koi", "aap", "apna", "apni", "tha", "thi", "raha", "rahi", "rahe", "gaya", "gayi", "kar",
        "karo", "karna", "sakta", "sakti", "sakte", "hoga", "hogi", "ji", "yaar", "accha", "acha", "haan", "liye",
        "wala", "wali", "matlab", "kaun", "kahan", "sirf", "lekin",
        // French and more Spanish ones, read in the twenty-seventh session ("quel specialiste il faut voir?", "cuanto dura el
        // efecto del botox?"); "effect" in any language, since the entries say how long Botox lasts, not its "effect"
        "quel", "quels", "quelle", "quelles", "faut", "voir", "veut", "vraiment", "chez", "comme", "meme",
        "aide", "sous", "quest", "quon", "quil", "genre", "juste", "maintenant", "peu", "beaucoup", "trop",
        "efecto", "efectos", "cuales", "algun", "alguno", "alguna", "algunos", "usan", "sirven", "algo",
        "mientras", "doy", "ustedes", "llevan", "salir", "entendi", "dijeron", "hoy", "volver", "preguntar", "hecho",
        "existen", "tipico", "tipicos", "poners", "ponerse", "seguir", "estoy", "ayuda", "ayudar", "sirve", "vez",
        "veces", "solo", "sola", "efeito", "efeitos", "effet", "effets", "wirkung", "effetto", "ajuda", "ajudar",
        "hilft", "aiuta", "aiutare",
        // Nigerian Pidgin ("wetin dey cause am?")
        "wetin", "abeg", "dey", "sef", "wey", "sabi", "oya", "shey", "abi", "ehn", "biko", "don",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
