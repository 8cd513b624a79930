package no.vis.batch.democounty;

/** Common Norwegian names, towns, streets and post codes for the synthetic demo county. */
final class Names {

    private Names() {
    }

    static final String[] GIRLS = {"Nora", "Emma", "Ella", "Maja", "Olivia", "Emilie", "Sofie", "Leah", "Sofia",
        "Ingrid", "Frida", "Sara", "Tiril", "Selma", "Ada", "Hedda", "Amalie", "Anna", "Alma", "Eva", "Mia", "Thea",
        "Live", "Ida", "Astrid", "Ellinor", "Vilde", "Linnea", "Iben", "Aurora", "Mathilde", "Jenny", "Julie",
        "Hanna", "Marte", "Synnøve", "Åse", "Kaja", "Silje", "Karoline", "Guro", "Solveig", "Helene", "Tuva"};

    static final String[] BOYS = {"Jakob", "Emil", "Noah", "Oliver", "Filip", "William", "Lucas", "Liam", "Henrik",
        "Oskar", "Aksel", "Theodor", "Elias", "Kasper", "Magnus", "Johannes", "Isak", "Mathias", "Tobias", "Olav",
        "Sander", "Jonas", "Ludvig", "Even", "Sebastian", "Adrian", "Martin", "Håkon", "Eirik", "Sindre", "Torstein",
        "Ola", "Kristian", "Andreas", "Mikkel", "Vetle", "Sigurd", "Ulrik", "Brage", "Tor", "Øystein", "Ådne"};

    static final String[] FAMILY = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen",
        "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen",
        "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
        "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde", "Solheim",
        "Berge", "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen", "Holm", "Lien", "Hauge", "Christensen",
        "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther", "Aas", "Myhre", "Hanssen", "Ahmed", "Haugland",
        "Thomassen", "Sivertsen", "Simonsen", "Danielsen", "Berntsen", "Sandvik", "Rønning", "Arnesen", "Antonsen",
        "Næss", "Vik", "Haug", "Ellingsen", "Thorsen", "Edvardsen", "Birkeland", "Isaksen", "Gulbrandsen", "Ruud",
        "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Eliassen", "Helland", "Bø", "Jenssen", "Aune",
        "Mikkelsen", "Tveit", "Brekke", "Abrahamsen", "Madsen", "Kowalski", "Hussain", "Skår", "Tjelta", "Øvrebø"};

    static final String[] TOWNS = {"Stavanger", "Sandnes", "Haugesund", "Bryne", "Egersund", "Sauda", "Jørpeland",
        "Kopervik", "Åkrehamn", "Sola", "Randaberg", "Hinna", "Gand", "Vågen", "Bergeland", "Godalen", "Hetland",
        "Tasta", "Strand", "Karmsund", "Skeisvang", "Vardafjell", "Time", "Dalane", "Ryfylke", "Hå", "Klepp",
        "Hundvåg", "Madla", "Ganddal", "Tananger", "Forus", "Figgjo", "Ålgård", "Hommersåk", "Tau", "Finnøy",
        "Kvitsøy", "Utsira", "Bokn", "Tysvær", "Vindafjord", "Suldal", "Hjelmeland", "Lund", "Sokndal", "Bjerkreim",
        "Gjesdal", "Eigersund", "Varhaug", "Nærbø", "Vigrestad", "Kvernaland", "Orstad", "Øksnevad", "Hafrsfjord"};

    static final String[] STREETS = {"Storgata", "Kirkegata", "Skolegata", "Parkveien", "Solbakken", "Bakkeveien",
        "Fjordveien", "Strandgata", "Torggata", "Skogveien", "Lyngveien", "Hagebyveien", "Eikeveien", "Bjørkeveien",
        "Granveien", "Rosenkransgata", "Nyveien", "Elvegata", "Havnegata", "Åsveien", "Kongsgårdbakken", "Løkkeveien",
        "Markveien", "Tjernveien", "Sjøveien", "Furuveien", "Heiveien", "Bøgata", "Kvernhusveien", "Sandvikveien"};

    /** Post codes and places of Rogaland. */
    static final String[][] PLACES = {{"4006", "STAVANGER"}, {"4010", "STAVANGER"}, {"4014", "STAVANGER"},
        {"4021", "STAVANGER"}, {"4032", "STAVANGER"}, {"4041", "HAFRSFJORD"}, {"4051", "SOLA"}, {"4056", "TANANGER"},
        {"4070", "RANDABERG"}, {"4306", "SANDNES"}, {"4313", "SANDNES"}, {"4318", "SANDNES"}, {"4322", "SANDNES"},
        {"4330", "ÅLGÅRD"}, {"4340", "BRYNE"}, {"4352", "KLEPPE"}, {"4360", "VARHAUG"}, {"4365", "NÆRBØ"},
        {"4370", "EGERSUND"}, {"4379", "EGERSUND"}, {"4100", "JØRPELAND"}, {"4120", "TAU"}, {"4200", "SAUDA"},
        {"4250", "KOPERVIK"}, {"4260", "TORVASTAD"}, {"4270", "ÅKREHAMN"}, {"5501", "HAUGESUND"},
        {"5518", "HAUGESUND"}, {"5527", "HAUGESUND"}, {"5550", "SVEIO"}, {"5560", "NEDRE VATS"}, {"5570", "AKSDAL"}};
}
