//! Given names that commit to a gender, for reading `he` or `she` back to
//! a speaker the text names but never titles (`Volodymyr Zelensky … he
//! said`, `Olena Zelenska … she said`).
//!
//! Two lists, [`FEMALE_NAMES`] and [`MALE_NAMES`], and one lookup,
//! [`first_name_gender`]. Callers ask only about a capitalised word in
//! the given-name position of a name they have already found, lower-cased;
//! the lists say nothing about whether a word is a name.
//!
//! Where the lists stop:
//!
//! - Coverage: the common given names of English-language news in the US,
//!   UK, Ireland, Canada, Australia and New Zealand (Irish, Scottish
//!   Gaelic, Welsh and a few Māori names among them), and the names that
//!   recur in international coverage from continental Europe, Russia,
//!   Ukraine and the Caucasus, Latin America, Africa, the Arab world, Iran,
//!   Israel, Turkey, South and Southeast Asia, and Japan. Names written
//!   with diacritics are listed both ways (`josé` and `jose`, `siobhán`
//!   and `siobhan`), since copy varies; the common French hyphenated
//!   compounds (`jean-pierre`) and a few others (`frank-walter`,
//!   `kassym-jomart`) are listed whole.
//! - Left out: names either gender carries in English or across the
//!   languages listed (`alex`, `sam`, `jordan`, `taylor`, `jamie`,
//!   `robin`, `morgan`, `casey`, `riley`, `jesse`, `kelly`, `leslie`,
//!   `lynn`, `dana`, `erin`, `ashley`, `kim`, `lee`, `charlie`, `quinn`),
//!   and those that change gender with the language: `andrea`, `nicola`,
//!   `simone`, `michele` (male in Italian), `jean` (male in French),
//!   `joan` (male in Catalan), `jan` (male in Dutch, Czech and Polish),
//!   `nikita`, `kiran`, `nour`, `iman`, `sasha`, and Sikh names, whose
//!   gender is carried by `Singh` or `Kaur`, not the given name.
//! - Left out: names that are more often a common word, a month, a
//!   surname or a place in news copy (`will`, `bill`, `rose`, `may`,
//!   `june`, `april`, `august`, `hope`, `faith`, `joy`, `dawn`, `amber`,
//!   `guy`, `rich`, `dean`, `grant`, `chase`, `hunter`, `mason`, `carter`,
//!   `miles`, `christian`, `marine`; `harris`, `warren`, `nelson`,
//!   `jackson`, `murray`, `lewis`, `ross`, `kirk`, `floyd`, `abbas`,
//!   `hussein`; `virginia`, `georgia`, `carolina`, `chelsea`, `florence`,
//!   `sydney`, `austin`, `santiago`, `israel`), and a few that are also
//!   acronyms (`ama`, `nia`) or names of organisations (`amal`).
//!   Kept although they are words too, because as capitalised words in a
//!   name they are names: `grace`, `mark`, `frank`, `jack`, `ray`, `rob`,
//!   `victor`, `holly`, `hazel`, `ruby`. `victoria` and `sofia` are kept
//!   although they are places too.
//! - Left out: Chinese, Korean and Vietnamese given names, which come
//!   after the family name in English copy (`Xi Jinping`, `Lee Jae-myung`),
//!   so the word in first position is a surname; and patronymic or
//!   honorific particles (`abu`, `bin`, `al`).

use super::pronouns::Gender::{self, Female, Male};

/// Given names used mostly or only for women, lower-case, as described in
/// the module documentation. Disjoint from [`MALE_NAMES`].
#[rustfmt::skip]
pub(crate) static FEMALE_NAMES: &[&str] = &[
    "aaliyah", "abby", "abena", "abigail", "ada", "adele", "adeline", "adriana", "adrienne",
    "agatha", "agnes", "agnieszka", "agnès", "agustina", "ailbhe", "aileen", "ailsa", "aimee",
    "aine", "ainhoa", "aisha", "aishwarya", "aisling", "aitana", "akiko", "akosua", "alana",
    "alejandra", "aleksandra", "alessandra", "alexandra", "alice", "alicia", "alina", "alison",
    "allison", "alyssa", "amanda", "amelia", "amelie", "amina", "aminata", "amy", "amélie",
    "anastasia", "anastasiia", "anaïs", "angela", "angelica", "angelina", "angharad", "angie",
    "anita", "anja", "anjali", "anke", "ann", "anna", "annabel", "annabelle", "annalena", "anne",
    "annegret", "annette", "annie", "annika", "antoinette", "antonia", "anya", "aoife", "arabella",
    "ariana", "arianna", "arlene", "aroha", "asma", "astrid", "audrey", "aurelie", "aurore",
    "aurélie", "ava", "ayanna", "ayelet", "barbara", "beata", "beatrice", "beatrix", "beatriz",
    "becky", "begona", "begoña", "belinda", "bella", "belle", "benazir", "bernadette", "bernice",
    "bertha", "beth", "bethan", "bethany", "betsy", "bettina", "betty", "beyonce", "beyoncé",
    "bianca", "birgit", "bonnie", "brenda", "brianna", "brid", "bridget", "brigid", "brigitte",
    "britney", "brittany", "bronwyn", "brooke", "bríd", "busisiwe", "caitlin", "camila", "camilla",
    "candace", "caoimhe", "cara", "carla", "carly", "carmen", "carol", "carole", "caroline",
    "carolyn", "carrie", "carys", "cassandra", "cassie", "catalina", "catarina", "catherine",
    "cathy", "catrin", "catriona", "cayetana", "cecilia", "cecily", "celeste", "celia", "celine",
    "cerys", "chantal", "charlene", "charlotte", "cheryl", "chiamaka", "chiara", "chimamanda",
    "chipo", "chloe", "chloé", "christiane", "christina", "christine", "ciara", "cindy", "claire",
    "clara", "clare", "claudia", "clementine", "clodagh", "clémence", "clémentine", "colette",
    "colleen", "condoleezza", "connie", "constance", "cora", "corazon", "corina", "cristina",
    "cynthia", "céline", "dagmar", "daisy", "dalia", "daniela", "danielle", "daphne", "daria",
    "darlene", "darya", "debbie", "deborah", "debra", "deepika", "deirdre", "delcy", "delia",
    "delilah", "delphine", "demi", "denise", "diana", "diane", "dianne", "dilma", "dina", "dolly",
    "dolores", "donatella", "donna", "dora", "doreen", "doris", "dorothy", "ebba", "edith", "edna",
    "efua", "eileen", "eilidh", "eimear", "ekaterina", "elaine", "eleanor", "elena", "eleni",
    "eleri", "eliana", "elin", "elisabeth", "elisabetta", "elise", "elissa", "eliza", "elizabeth",
    "ella", "elle", "ellen", "ellie", "elly", "elodie", "eloise", "elsa", "elsie", "elspeth",
    "emer", "emiko", "emilia", "emilie", "emily", "emma", "erica", "erika", "esme", "estelle",
    "esther", "ethel", "eugenie", "eunice", "eva", "evelyn", "evie", "evika", "ewa", "fatima",
    "fatma", "fatoumata", "federica", "felicity", "femke", "fernanda", "ffion", "fiadh", "fiona",
    "flora", "florencia", "folake", "frances", "francesca", "francoise", "franziska", "françoise",
    "frauke", "freja", "freya", "frida", "funmilayo", "gabriela", "gabriella", "gabrielle", "gail",
    "galina", "gemma", "genevieve", "geneviève", "georgina", "geraldine", "gertrude", "ghada",
    "gillian", "gina", "ginevra", "ginny", "giorgia", "giovanna", "giselle", "gita", "giulia",
    "gladys", "glenda", "gloria", "golda", "graca", "grace", "graciela", "grainne", "graça",
    "greta", "gretchen", "gráinne", "gudrun", "gwen", "gwendolyn", "gwyneth", "hadiza", "hailey",
    "hala", "hanan", "hannah", "hannelore", "harriet", "haruka", "hasina", "hattie", "hazel",
    "heather", "heidi", "heike", "helen", "helena", "helene", "helle", "henrietta", "hermione",
    "hilda", "hillary", "hina", "hind", "hinewai", "hiroko", "holly", "huda", "hélène", "ida", "iga", "ilaria",
    "ilhan", "ilse", "imelda", "imogen", "indira", "ines", "ingeborg", "ingrid", "ingrida", "inés",
    "ioana", "irene", "irina", "iris", "iryna", "isabel", "isabella", "isabelle", "isla", "ivanka",
    "jacinda", "jacqueline", "jade", "jana", "jane", "janet", "janice", "janine", "janis",
    "jasmine", "jayne", "jeanette", "jeanne", "jelena", "jemima", "jenna", "jennifer", "jenny",
    "jess", "jessica", "jill", "joanna", "joanne", "jocelyn", "jodie", "joni", "josefina",
    "josephine", "josiane", "josie", "joyce", "judit", "judith", "judy", "julia", "juliana",
    "julianne", "julie", "juliet", "juliette", "justine", "kaitlyn", "kaja", "kamala", "kara",
    "karen", "karin", "karine", "karoline", "katalin", "katarzyna", "kate", "katerina", "kateryna",
    "katharine", "katherine", "kathleen", "kathryn", "kathy", "katie", "katja", "katrin", "katrina",
    "katy", "kavita", "kayla", "kayleigh", "keiko", "keira", "kemi", "kerstin", "ketanji",
    "khadija", "khaleda", "khloe", "kimberly", "kirsten", "kirstie", "kirsty", "kolinda",
    "kristalina", "kristen", "kristi", "kristin", "kristina", "kylie", "kyoko", "kyrsten",
    "laetitia", "lakshmi", "lana", "lara", "laura", "laure", "lauren", "layla", "lea", "leah",
    "leanne", "leila", "lena", "leni", "leona", "leonor", "lesley", "letitia", "letizia", "lilian",
    "lillian", "lilly", "lily", "lina", "linda", "lindiwe", "lisa", "liudmyla", "liv", "liz",
    "lois", "lola", "loretta", "lori", "lorna", "lorraine", "lotte", "louisa", "louise", "luciana",
    "lucille", "lucinda", "lucy", "lucía", "luisa", "luna", "luísa", "lydia", "lyudmila",
    "lyudmyla", "léa", "mabel", "madeleine", "madeline", "madelyn", "maeve", "magdalena", "maggie",
    "mahsa", "maia", "maire", "mairead", "mairéad", "maisie", "malala", "malgorzata", "mamata",
    "mandy", "manon", "manuela", "marcia", "margaret", "margarida", "margarita", "margaux",
    "margot", "marguerite", "maria", "mariah", "mariam", "mariama", "marian", "mariana", "marianne",
    "marie", "mariko", "marilyn", "marina", "marjorie", "marlene", "martha", "martina", "martine",
    "mary", "maryam", "maría", "masako", "mathilde", "matilda", "maura", "maureen", "mavis",
    "maxine", "maya", "małgorzata", "meg", "megan", "megawati", "meghan", "melania", "melanie",
    "melinda", "melissa", "merav", "meryl", "mette", "mhairi", "mia", "michaela", "michelle",
    "michiko", "mila", "milagros", "mildred", "milica", "millie", "miranda", "miriam", "moira",
    "molly", "mona", "monica", "monique", "morag", "muriel", "myra", "máire", "mélanie", "mónica",
    "nadezhda", "nadia", "nadine", "najat", "naledi", "nanaia", "nancy", "naoko", "naomi", "narges",
    "nasrin", "natalia", "natalie", "natalya", "natasha", "nathalie", "nawal", "nell", "nellie",
    "ngaire", "ngozi", "niamh", "nicole", "nikki", "nina", "nirmala", "nkosazana", "noelle",
    "nomvula", "nora", "norah", "noura", "nuala", "nuria", "núria", "océane", "oksana", "olena",
    "olga", "olivia", "oprah", "orit", "orla", "paetongtarn", "paige", "pam", "pamela", "paola",
    "patricia", "paula", "pauline", "peggy", "penelope", "pernille", "petra", "phoebe", "phyllis",
    "pilar", "pippa", "polly", "poppy", "priscilla", "priti", "priya", "priyanka", "rachael",
    "rachel", "rachida", "ramona", "rania", "raquel", "rashida", "reba", "rebecca", "rebekah",
    "reem", "renata", "renate", "renee", "retno", "rhian", "rhiannon", "rhonda", "ricarda",
    "rigoberta", "rihanna", "riikka", "rima", "rita", "roberta", "rocio", "rocío", "roisin", "rosa",
    "rosalie", "rosalind", "rosamund", "rosanna", "roselyne", "rosemary", "rosie", "rowena",
    "roxanne", "ruby", "ruth", "róisín", "sabine", "sabrina", "sachiko", "sadie", "sahra", "sally",
    "salma", "salome", "samantha", "samia", "samira", "sana", "sanae", "sandra", "sandrine",
    "sanna", "saoirse", "sara", "sarah", "saskia", "scarlett", "segolene", "selena", "selina",
    "serena", "shabana", "shakira", "sharon", "sheila", "sheryl", "shirin", "shirley", "shona",
    "sian", "sienna", "sigrid", "silke", "silvia", "simona", "sinead", "sinéad", "siobhan",
    "siobhán", "siân", "smriti", "sofia", "sofía", "soledad", "sonia", "sonya", "sophia", "sophie",
    "sorcha", "stacey", "steffi", "stella", "stephanie", "suella", "suha", "sunita", "susan",
    "susana", "susanna", "susannah", "sushma", "suzanne", "svenja", "svetlana", "sviatlana",
    "sylvia", "sylvie", "ségolène", "tabitha", "tamara", "tammy", "tamsin", "tanya", "tara",
    "tarja", "tatiana", "tatyana", "teresa", "tess", "tessa", "tetiana", "tetyana", "thandi",
    "thea", "thelma", "theresa", "thuli", "tiffany", "tilly", "tina", "tricia", "trisha", "trudy",
    "tulsi", "tuula", "tzipi", "ulla", "ulrike", "una", "ursula", "valentina", "valeria", "valerie",
    "valérie", "vanessa", "vera", "veronica", "veronique", "verónica", "vicky", "victoria",
    "violet", "viorica", "virginie", "vivienne", "véronique", "wanda", "wangari", "wendy",
    "whitney", "wilma", "winifred", "winnie", "ximena", "xiomara", "xochitl", "xóchitl", "yasmin",
    "yasmine", "yekaterina", "yelena", "yingluck", "yoko", "yolanda", "yuko", "yulia", "yuliia",
    "yuriko", "yvette", "yvonne", "zainab", "zara", "zeinab", "zoe", "zoey", "zofia", "zoë",
    "zuzana", "áine", "édith", "élisabeth", "élodie", "émilie", "úna",
];

/// Given names used mostly or only for men, lower-case, as described in
/// the module documentation. Disjoint from [`FEMALE_NAMES`].
#[rustfmt::skip]
pub(crate) static MALE_NAMES: &[&str] = &[
    "aaron", "abdel", "abdoulaye", "abdul", "abdulaziz", "abdullah", "abel", "abiy", "abraham",
    "adam", "adrian", "ahmad", "ahmed", "ahmet", "aidan", "aiden", "ajay", "akio", "alain", "alan",
    "alasdair", "alassane", "alastair", "albert", "alberto", "alec", "aled", "alejandro",
    "aleksandar", "aleksandr", "aleksei", "alessandro", "alexander", "alexei", "alexey", "alfie",
    "alfonso", "alfred", "alistair", "alister", "allan", "alvaro", "ambrose", "amir", "amit", "amr",
    "anas", "anatoliy", "anatoly", "anders", "andre", "andreas", "andrei", "andrej", "andres",
    "andrew", "andrey", "andrii", "andriy", "andrzej", "andré", "andrés", "angelo", "angus",
    "anies", "anil", "anthony", "antoine", "anton", "antonio", "antony", "antti", "anwar",
    "archibald", "archie", "arjen", "arjun", "arlo", "armin", "arnaud", "arnold", "arseniy",
    "arthur", "arturo", "arvind", "ashok", "asif", "asim", "assimi", "atal", "atiku", "avi",
    "avigdor", "axel", "babajide", "babar", "balazs", "balázs", "barack", "barnaby", "barney",
    "barry", "bart", "bashar", "bassirou", "ben", "benedict", "benjamin", "benny", "benoit",
    "benoît", "bernard", "bernie", "bert", "bertie", "bezalel", "bheki", "bilal", "bilawal",
    "billy", "binali", "bjorn", "björn", "bob", "bobby", "bohdan", "bola", "boris", "boyko", "brad",
    "bradley", "brandon", "brendan", "brent", "brett", "brian", "bruce", "bruno", "bryan", "bryce",
    "byron", "caleb", "calin", "callum", "calvin", "carl", "carles", "carlo", "carlos", "carwyn",
    "cedric", "cesar", "charles", "chidi", "chinua", "christoph", "christophe", "christopher",
    "chuck", "chukwuemeka", "cian", "ciaran", "ciarán", "cillian", "ciro", "clarence", "claude",
    "claudio", "clifford", "clint", "clive", "cody", "colin", "colm", "connor", "conor", "conrad", "corey",
    "cornelius", "craig", "cristian", "cristiano", "cyril", "cédric", "césar", "călin", "dafydd",
    "damian", "damien", "damon", "dan", "daniel", "danny", "dante", "dario", "darius", "darren",
    "darryl", "dave", "david", "davide", "declan", "denis", "dennis", "denys", "derek", "dermot",
    "derrick", "desmond", "dexter", "diarmuid", "didier", "diego", "dieter", "dimitri", "dimitris",
    "diogo", "dirk", "dmitri", "dmitry", "dmytro", "dominic", "don", "donal", "donald", "donovan",
    "doug", "douglas", "dragan", "duarte", "duncan", "dustin", "dwayne", "dwight", "dylan", "dónal",
    "eamon", "eamonn", "ebrahim", "ed", "eddie", "edgar", "edgars", "edmund", "edoardo", "edouard",
    "eduardo", "edward", "edwin", "ehud", "ekrem", "eli", "elias", "elijah", "elio", "elliot",
    "elliott", "elon", "elvis", "emanuele", "emeka", "emil", "emiliano", "emilio", "emmanuel",
    "emmerson", "emmett", "emomali", "emyr", "enda", "enrico", "enrique", "enzo", "eoin", "eric",
    "erik", "ernest", "ernesto", "ernie", "esteban", "ethan", "ettore", "euan", "eugene", "evan",
    "evgeny", "ewan", "ezra", "fabian", "fabio", "fahad", "faisal", "faustin", "federico",
    "feliciano", "felipe", "felix", "ferdinand", "ferenc", "fergal", "fergus", "fernando", "fidel",
    "filippo", "finbar", "fionn", "flavio", "florian", "flávio", "francesco", "francis",
    "francisco", "francois", "frank", "frank-walter", "franz", "françois", "fred", "freddie",
    "freddy", "frederick", "friedrich", "fumio", "gabriel", "gamal", "gareth", "garrett", "gary",
    "gautam", "gavin", "gearóid", "geert", "gennady", "geoff", "geoffrey", "george", "geraint",
    "gerald", "geraldo", "gerard", "gergely", "gerhard", "gerry", "gethin", "giacomo", "giancarlo",
    "gianluca", "gianni", "gideon", "gilbert", "giles", "gilles", "giorgio", "giorgos", "giovanni",
    "gitanas", "giuseppe", "glen", "glenn", "goncalo", "gonzalo", "gonçalo", "goran", "gordon",
    "graham", "greg", "gregor", "gregory", "guido", "guilherme", "guillaume", "guillermo", "gus",
    "gustav", "gustavo", "gérald", "hafez", "hakainde", "hakan", "hakeem", "hamad", "hamid",
    "hamish", "hamza", "hani", "hank", "hans", "harold", "harry", "haruki", "harvey", "hassan",
    "hector", "heiko", "heinrich", "heinz", "helmut", "henri", "henrik", "henry", "herbert",
    "herman", "herve", "hervé", "hiroshi", "horace", "horst", "hosni", "hossein", "howard",
    "hubert", "hugh", "hugo", "humphrey", "humza", "huw", "iain", "ian", "ibrahim", "ichiro",
    "ieuan", "ignacio", "ignazio", "igor", "ihor", "iker", "ilham", "imran", "inigo", "isaac",
    "isaiah", "ismail", "itamar", "ivan", "ivica", "iván", "iwan", "jabulani", "jacek", "jack",
    "jacob", "jacques", "jair", "jakaya", "jake", "jamal", "james", "jannik", "janos", "jared",
    "jaroslaw", "jarosław", "jason", "jasper", "jasprit", "javad", "javier", "jaxon", "jay",
    "jayden", "jean-claude", "jean-luc", "jean-marc", "jean-marie", "jean-michel", "jean-paul",
    "jean-pierre", "jean-yves", "jeff", "jeffrey", "jens", "jenson", "jeremiah", "jeremy", "jeroen",
    "jerome", "jerry", "jim", "jimmy", "jiri", "jiří", "joachim", "joao", "joaquin", "joaquín",
    "joe", "joel", "johan", "johann", "johannes", "john", "johnny", "joko", "jon", "jonah", "jonas",
    "jonathan", "joost", "jordi", "jorge", "joschka", "jose", "joseph", "josh", "joshua", "josé",
    "joão", "juan", "jude", "juha", "jukka", "julian", "julio", "julius", "junichiro", "jurgen",
    "jussi", "justin", "jános", "jérôme", "jürgen", "karim", "karl", "kash", "kassym-jomart",
    "kazuo", "keir", "keith", "kelvin", "kemal", "ken", "kenji", "kenneth", "kenny", "kevin",
    "kgalema", "khaled", "khalid", "kieran", "killian", "kimi", "kiril", "kirill", "klaus", "koen",
    "kofi", "koichi", "kojo", "konstantin", "konstantinos", "kristian", "kristjan", "krišjānis",
    "krzysztof", "kurt", "kwabena", "kwame", "kwasi", "kyle", "kylian", "kyriakos", "lachlan",
    "lance", "larry", "lars", "laszlo", "laurence", "laurent", "lawrence", "lech", "leo", "leon",
    "leonard", "leonardo", "leonid", "leopold", "leroy", "levi", "liam", "lionel", "lloyd",
    "lorcan", "lorenzo", "louie", "louis", "luca", "lucas", "lucian", "ludwig", "luigi", "luis",
    "luiz", "luka", "lukas", "lukasz", "luke", "luís", "lyndon", "lászló", "maarten", "macky",
    "magnus", "mahamudu", "mahmoud", "maksym", "malcolm", "mamadou", "mandla", "manfred",
    "manmohan", "manuel", "marcel", "marcello", "marcelo", "marco", "marcus", "marek", "mariano",
    "mario", "marius", "mark", "marko", "markus", "martin", "martín", "marvin", "masayoshi",
    "masoud", "massimo", "mateo", "mateusz", "mathew", "mathieu", "matt", "matteo", "matthew",
    "matthias", "matthieu", "matti", "mattia", "maurice", "mauricio", "maurizio", "max", "maxim",
    "maxime", "maximilian", "mehdi", "mehmet", "melvin", "micah", "michael", "micheal", "micheál",
    "mick", "miguel", "mihai", "mikael", "mike", "mikhail", "mikheil", "milo", "milorad", "milos",
    "miloš", "mitch", "mitt", "mmusi", "mohamed", "mohammad", "mohammed", "mohsen", "moses",
    "moshe", "moussa", "muhammad", "muhammadu", "muhammed", "mukesh", "murdo", "musalia", "mustafa",
    "mykhailo", "mykola", "nabil", "nadhim", "naftali", "naim", "naoki", "narendra", "nasser",
    "nathan", "nathaniel", "nayib", "neil", "nenad", "neville", "neymar", "niall", "niccolò",
    "nicholas", "nick", "nico", "nicolae", "nicolas", "nicolo", "nicolás", "nicușor", "nigel",
    "niklas", "nikolai", "nikolay", "nikos", "nils", "noah", "noel", "norbert", "norman", "novak",
    "nuno", "nursultan", "obinna", "oisin", "oisín", "olaf", "ole", "oleg", "oleh", "oleksandr",
    "oleksii", "oleksiy", "oliver", "olivier", "ollie", "olusegun", "omar", "oriol", "oscar",
    "oskar", "oswald", "otto", "ousmane", "owain", "owen", "pablo", "paddy", "padraic", "padraig",
    "panagiotis", "paolo", "pascal", "patrick", "paul", "paulo", "pavel", "pavlo", "pawel", "paweł",
    "peadar", "pedro", "pekka", "percy", "pervez", "pete", "peter", "petr", "petro", "petteri",
    "phil", "philip", "philippe", "phillip", "pierre", "piers", "pieter", "pietro", "piotr",
    "prabowo", "prayuth", "proinsias", "pyotr", "pádraig", "péter", "qassem", "radoslaw",
    "radosław", "rafa", "rafael", "rafal", "rafał", "rahul", "raila", "rainer", "rajesh", "rajiv",
    "ralf", "ralph", "ramesh", "rami", "ramon", "ramzan", "ramón", "randall", "randy", "raphael",
    "raphaël", "rashid", "raul", "ravi", "rawiri", "ray", "raymond", "raúl", "recep", "reggie",
    "reginald", "reinhard", "rené", "reuben", "reza", "rhodri", "rhys", "ricardo", "riccardo",
    "richard", "rick", "ricky", "riek", "rishi", "rob", "robbie", "robert", "roberto", "roderick",
    "rodney", "rodrigo", "roger", "rohit", "roland", "rolf", "romeo", "ron", "ronald", "ronaldo",
    "ronan", "ronnie", "rory", "roy", "ruairi", "ruairí", "ruaridh", "ruben", "rubén", "rudy",
    "rui", "rumen", "rupert", "ruslan", "russell", "ruud", "ryan", "rónán", "sachin", "sadiq",
    "saeed", "salman", "salva", "salvatore", "samir", "samuel", "sanjay", "saul", "sauli", "scott",
    "seamus", "sean", "sebastian", "sebastien", "sebastián", "senan", "sergei", "sergey", "sergi",
    "sergio", "serhii", "serhiy", "serzh", "seth", "seán", "shane", "shashi", "shaun", "shavkat",
    "shawn", "shehbaz", "sheldon", "shigeru", "shimon", "shinzo", "shoaib", "shohei", "shubman",
    "sibusiso", "sigmar", "silas", "silvio", "simon", "sipho", "siya", "sjoerd", "slobodan",
    "solomon", "sonny", "spencer", "srettha", "stan", "stefan", "stefano", "stefanos", "stepan",
    "stephane", "stephen", "steve", "steven", "stewart", "stuart", "stéphane", "sunil", "suresh",
    "susilo", "sven", "szymon", "séamus", "sébastien", "sérgio", "tadhg", "takeshi", "tamati",
    "tamim", "taras", "tarek", "tariq", "taro", "tayyip", "ted", "teddy", "terence", "terrence",
    "thabo", "thaksin", "themba", "theo", "theodore", "thiago", "thierry", "thomas", "tiago", "tim",
    "timo", "timothy", "tobias", "toby", "todd", "tom", "tomas", "tomasz", "tommaso", "tommy",
    "tomás", "tomáš", "tony", "torsten", "toshimitsu", "travis", "trevor", "tristan", "troy",
    "tunde", "uhuru", "ulf", "ulrich", "unai", "uwe", "vaclav", "vadim", "valentin", "valerii",
    "valeriy", "valery", "valtteri", "vasco", "vasily", "vernon", "vicente", "victor", "vijay",
    "viktor", "vince", "vincent", "vincenzo", "vinicius", "vinícius", "virat", "vitali", "vitalii",
    "vitaliy", "vivek", "vladimir", "vladislav", "volodymyr", "vyacheslav", "václav", "walid",
    "walt", "walter", "wayne", "werner", "wes", "wesley", "wilfred", "wilhelm", "willem", "william",
    "willie", "winston", "wiremu", "wojciech", "wole", "wolfgang", "wopke", "wyatt", "xavi",
    "xavier", "yahya", "yair", "yanis", "yannick", "yaroslav", "yevgeniy", "yevgeny", "yitzhak",
    "yoav", "yoshihide", "yousef", "youssef", "yoweri", "yukio", "yuri", "yuriy", "yury", "yusuf",
    "yves", "zach", "zachary", "zack", "zayed", "ziad", "zinedine", "zoltan", "zoltán", "zoran",
    "zulfikar", "álvaro", "éamon", "édouard", "éric", "íñigo", "łukasz",
];

/// The gender a given name commits to: `Some(Female)` for an entry of
/// [`FEMALE_NAMES`], `Some(Male)` for one of [`MALE_NAMES`], and `None`
/// for a name of either gender (`alex`), one not listed, or any other
/// word. `lower` must already be lower-case; two binary searches.
pub(crate) fn first_name_gender(lower: &str) -> Option<Gender> {
    name_gender(super::classes(lower))
}

/// [`first_name_gender`] of a word whose classes (see [`super::classes`])
/// are `c`.
pub(crate) fn name_gender(c: u32) -> Option<Gender> {
    if c & super::class::FEMALE_NAME != 0 {
        Some(Female)
    } else if c & super::class::MALE_NAME != 0 {
        Some(Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::{assert_well_formed, honorifics, titles, words};
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed("FEMALE_NAMES", FEMALE_NAMES);
        assert_well_formed("MALE_NAMES", MALE_NAMES);
    }

    #[test]
    fn entries_are_single_words() {
        for name in FEMALE_NAMES.iter().chain(MALE_NAMES) {
            assert!(
                name.chars().all(|c| c.is_alphabetic() || c == '-'),
                "{name:?}"
            );
        }
    }

    #[test]
    fn lists_are_disjoint() {
        for name in FEMALE_NAMES {
            assert!(
                MALE_NAMES.binary_search(name).is_err(),
                "{name:?} is in both lists"
            );
        }
    }

    /// No name is also a word the other tables treat as never a name, or
    /// as an honorific or a title.
    #[test]
    fn names_do_not_collide_with_other_tables() {
        for name in FEMALE_NAMES.iter().chain(MALE_NAMES) {
            assert!(!words::is_not_name(name), "{name:?} is in NOT_NAMES");
            assert!(!honorifics::is_honorific(name), "{name:?} is an honorific");
            assert!(!titles::is_title_word(name), "{name:?} is a title");
        }
    }

    #[test]
    fn looks_up_gender() {
        assert_eq!(first_name_gender("jane"), Some(Female));
        assert_eq!(first_name_gender("olena"), Some(Female));
        assert_eq!(first_name_gender("siobhán"), Some(Female));
        assert_eq!(first_name_gender("grace"), Some(Female));
        assert_eq!(first_name_gender("tomas"), Some(Male));
        assert_eq!(first_name_gender("tomás"), Some(Male));
        assert_eq!(first_name_gender("volodymyr"), Some(Male));
        assert_eq!(first_name_gender("jean-pierre"), Some(Male));
        assert_eq!(first_name_gender("mark"), Some(Male));
    }

    #[test]
    fn ambiguous_words_and_unknowns_have_no_gender() {
        for word in [
            "alex", "sam", "jordan", "taylor", "jamie", "robin", "morgan", "casey", "riley",
            "jesse", "kelly", "leslie", "lynn", "hope", "will", "andrea", "jean", "jan", "", "the",
            "zzz",
        ] {
            assert_eq!(first_name_gender(word), None, "{word:?}");
        }
    }

    /// Callers lower-case first; the lookup does not.
    #[test]
    fn capitalised_input_is_not_found() {
        assert_eq!(first_name_gender("Jane"), None);
    }
}
