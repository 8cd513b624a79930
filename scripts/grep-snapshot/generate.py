#!/usr/bin/env python3
"""Writes the Grep simulator's snapshot (vis-devtools resources, one JSON array of whole elements
per Grep type, in the shape of data.udir.no/kl06/v201906) from the demo county's subjects
(demo-subjects.tsv) and the real LK20 aims in real_aims.py. Run from the repository root:
    python3 scripts/grep-snapshot/generate.py
What is real and what is a placeholder is listed in README.md ("Grep" section)."""
import csv, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
from real_aims import NOR0108, ENG0106, ELE0103, MAT0901

BASE = "https://data.udir.no/kl06/v201906"
OUT = "vis-devtools/src/main/resources/no/vis/devtools/registers/grep"
LANG = {"default": "default", "nob": BASE + "/spraak/nob", "nno": BASE + "/spraak/nno", "eng": BASE + "/spraak/eng"}
STATUS = {"publisert": BASE + "/status/status_publisert", "utgaatt": BASE + "/status/status_utgaatt"}
CHANGED = "2025-06-02T08:00:00"
CHANGED_2026 = "2026-05-20T10:00:00"

def uid(kind, code):
    return "uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"grep/{kind}/{code}"))

def titles(nb=None, nn=None, en=None, default=None):
    t = []
    if nb: t.append({"spraak": LANG["nob"], "verdi": nb})
    if nn: t.append({"spraak": LANG["nno"], "verdi": nn})
    if en: t.append({"spraak": LANG["eng"], "verdi": en})
    t.append({"spraak": "default", "verdi": default or nb or nn or en})
    return t

def ref(kind, code, title, status="publisert"):
    return {"kode": code, "uri": f"http://psi.udir.no/kl06/{code}", "url-data": f"{BASE}/{kind}/{code}", "tittel": title,
            "gyldighet": {"gyldig-fra": None, "gyldig-til": None}, "id": uid(kind, code),
            "grep-type": f"http://psi.udir.no/ontologi/kl06/{kind}", "status": STATUS[status]}

def element(kind, grep_type, code, tit, status="publisert", changed=CHANGED, **extra):
    e = {"id": uid(kind, code), "kode": code, "uri": f"http://psi.udir.no/kl06/{code}", "url-data": f"{BASE}/{kind}/{code}",
         "tittel": tit, "grep-type": f"http://psi.udir.no/ontologi/kl06/{grep_type}", "status": STATUS[status], "sist-endret": changed}
    e.update(extra)
    return e

# ---- utdanningsprogram (LK20 codes; SS is the LK06 programme, utgått)
UP = {"ST": ("Studiespesialisering", "Studiespesialisering", "Specialization in General Studies"),
      "EL": ("Elektro og datateknologi", "Elektro og datateknologi", "Electrical Engineering and Computer Technology"),
      "HS": ("Helse- og oppvekstfag", "Helse- og oppvekstfag", "Health and Childhood and Youth Development"),
      "BA": ("Bygg- og anleggsteknikk", "Bygg- og anleggsteknikk", "Building and Construction"),
      "TP": ("Teknologi- og industrifag", "Teknologi- og industrifag", "Technology and Industrial Production"),
      "SR": ("Salg, service og reiseliv", "Sal, service og reiseliv", "Sales, Service and Tourism"),
      "IM": ("Informasjonsteknologi og medieproduksjon", "Informasjonsteknologi og medieproduksjon", "Information Technology and Media Production"),
      "KD": ("Kunst, design og arkitektur", "Kunst, design og arkitektur", "Art, Design and Architecture"),
      "ME": ("Medier og kommunikasjon", "Medium og kommunikasjon", "Media and Communication"),
      "ID": ("Idrettsfag", "Idrettsfag", "Sports and Physical Education"),
      "PB": ("Påbygging til generell studiekompetanse", "Påbygging til generell studiekompetanse", None)}
# VIS's demo programme codes (DemoCountyPlan) → Grep's LK20 utdanningsprogram
PROGRAMME = {"ST": "ST", "EL": "EL", "HO": "HS", "BA": "BA", "TP": "TP", "SS": "SR", "IM": "IM", "KD": "KD", "MK": "ME", "ID": "ID"}
# (programme, level) → programområde (code, title nb, title nn)
PO = {("ST", "VG1"): [("STUSP1----", "Studiespesialisering", "Studiespesialisering")],
      ("ST", "VG2"): [("STREA2----", "Realfag vg2", "Realfag vg2"), ("STSSA2----", "Språk, samfunnsfag og økonomi vg2", "Språk, samfunnsfag og økonomi vg2")],
      ("ST", "VG3"): [("STREA3----", "Realfag vg3", "Realfag vg3"), ("STSSA3----", "Språk, samfunnsfag og økonomi vg3", "Språk, samfunnsfag og økonomi vg3")],
      ("EL", "VG1"): [("ELELE1----", "Elektro og datateknologi", "Elektro og datateknologi")],
      ("EL", "VG2"): [("ELELE2----", "Elenergi og ekom", "Elenergi og ekom")],
      ("HS", "VG1"): [("HSHSF1----", "Helse- og oppvekstfag", "Helse- og oppvekstfag")],
      ("HS", "VG2"): [("HSHEA2----", "Helsearbeiderfag", "Helsearbeidarfag")],
      ("BA", "VG1"): [("BABAT1----", "Bygg- og anleggsteknikk", "Bygg- og anleggsteknikk")],
      ("BA", "VG2"): [("BATMF2----", "Tømrer", "Tømrar")],
      ("TP", "VG1"): [("TPTIP1----", "Teknologi- og industrifag", "Teknologi- og industrifag")],
      ("TP", "VG2"): [("TPAMK2----", "Arbeidsmaskiner", "Arbeidsmaskinar")],
      ("SR", "VG1"): [("SRSSR1----", "Salg, service og reiseliv", "Sal, service og reiseliv")],
      ("SR", "VG2"): [("SRSSR2----", "Salg, service og reiseliv", "Sal, service og reiseliv")],
      ("IM", "VG1"): [("IMIKM1----", "Informasjonsteknologi og medieproduksjon", "Informasjonsteknologi og medieproduksjon")],
      ("IM", "VG2"): [("IMITK2----", "Informasjonsteknologi", "Informasjonsteknologi")],
      ("KD", "VG1"): [("KDKDA1----", "Kunst, design og arkitektur vg1", "Kunst, design og arkitektur vg1")],
      ("KD", "VG2"): [("KDKDA2----", "Kunst, design og arkitektur vg2", "Kunst, design og arkitektur vg2")],
      ("KD", "VG3"): [("KDKDA3----", "Kunst, design og arkitektur vg3", "Kunst, design og arkitektur vg3")],
      ("ME", "VG1"): [("MEMOK1----", "Medier og kommunikasjon vg1", "Medium og kommunikasjon vg1")],
      ("ME", "VG2"): [("MEMOK2----", "Medier og kommunikasjon vg2", "Medium og kommunikasjon vg2")],
      ("ME", "VG3"): [("MEMOK3----", "Medier og kommunikasjon vg3", "Medium og kommunikasjon vg3")],
      ("ID", "VG1"): [("IDRET1----", "Idrettsfag vg1", "Idrettsfag vg1")],
      ("ID", "VG2"): [("IDIDR2----", "Idrettsfag vg2", "Idrettsfag vg2")],
      ("ID", "VG3"): [("IDIDR3----", "Idrettsfag vg3", "Idrettsfag vg3")],
      ("PB", "VG3"): [("PBPBY3----", "Vg3 påbygging til generell studiekompetanse for yrkesfaglige utdanningsprogram",
                       "Vg3 påbygging til generell studiekompetanse for yrkesfaglege utdanningsprogram")]}

# ---- the demo's subjects
rows = [r for r in csv.reader(open("vis-batch/src/main/resources/no/vis/batch/democounty/demo-subjects.tsv"), delimiter="\t")
        if r and not r[0].startswith("#")]
subjects = {}  # fagkode → {title, programområder, trinn}
for programme, level, code, lessons, title, verified in rows:
    up = PROGRAMME[programme]
    if level == "VG3" and up not in ("ST", "KD", "ME", "ID"):
        pos = PO[("PB", "VG3")]
    elif code.startswith("REA") and up == "ST":
        pos = PO[(up, level)][:1]
    else:
        pos = PO[(up, level)]
    s = subjects.setdefault(code, {"title": title, "po": [], "trinn": level.lower()})
    for p in pos:
        if p[0] not in s["po"]:
            s["po"].append(p[0])
# real extra fagkoder: 1T-Y for EL and TP (plan MAT09-01, real sets), and an utgått LK06 fagkode (the wiki's example)
subjects["MAT1133"] = {"title": "Matematikk 1T-Y EL", "po": ["ELELE1----"], "trinn": "vg1"}
subjects["MAT1149"] = {"title": "Matematikk 1T-Y TP", "po": ["TPTIP1----"], "trinn": "vg1"}

# fagkode → (opplæringsfag, læreplan); real ones first
REAL_OF = {"NOR1260": ("NOR1Z63", "NOR01-07"), "NOR1264": ("NOR1Z64", "NOR01-07"), "NOR1267": ("NOR1Z65", "NOR01-07"),
           "NOR1262": ("NOR1Z66", "NOR01-07"), "NOR1270": ("NOR1Z67", "NOR01-07"),
           "ENG1007": ("ENG1Z23", "ENG01-06"), "ENG1009": ("ENG1Z24", "ENG01-06"),
           "ELE1006": ("ELE1Z04", "ELE01-03"), "ELE1007": ("ELE1Z05", "ELE01-03"),
           "MAT1133": ("MAT9Z04", "MAT09-01"), "MAT1149": ("MAT9Z11", "MAT09-01")}
REAL_PLANS = {"BAT": "BAT01-03", "ELE2": "ELE02-03", "AMK": "AMK02-03"}
OF_TITLE = {"NOR1Z63": "Norsk vg1 studieforberedende utdanningsprogram", "NOR1Z64": "Norsk vg2 studieforberedende utdanningsprogram",
            "NOR1Z65": "Norsk vg3 studieforberedende utdanningsprogram", "NOR1Z66": "Norsk vg2 yrkesfaglige utdanningsprogram",
            "NOR1Z67": "Norsk vg3 påbygging til generell studiekompetanse", "ENG1Z23": "Engelsk vg1 studieforberedende utdanningsprogram",
            "ENG1Z24": "Engelsk vg1 yrkesfaglige utdanningsprogram", "ELE1Z04": "Elektroniske kretser og nettverk",
            "ELE1Z05": "Energi- og styresystemer", "MAT9Z04": "Matematikk 1T-Y for elektro og datateknologi",
            "MAT9Z11": "Matematikk 1T-Y for teknologi- og industrifag"}

def placeholder(code):
    prefix, digits = code[:3], code[3:]
    of = f"{prefix}{digits[0]}Z{digits[-2:]}"
    if prefix == "MAT" and code.startswith("MAT11") and code not in ("MAT1133", "MAT1149"):
        return "MAT8Z" + digits[-2:], "MAT08-01"   # 1P-Y: plan code unconfirmed
    plan = REAL_PLANS.get(prefix + digits[0]) or REAL_PLANS.get(prefix) or f"{prefix}{int(digits[0]):02d}-01"
    return of, plan

fag = {}      # fagkode → element
ofs = {}      # opplæringsfag → dict
plans = {}    # plan → dict(title, sets=[])
aims = {}     # KM → (text, lang, set, plan)
sets = {}     # KV → dict
for code, s in subjects.items():
    of, plan = REAL_OF.get(code) or placeholder(code)
    o = ofs.setdefault(of, {"title": OF_TITLE.get(of, s["title"]), "plan": plan, "fagkoder": [], "po": [], "trinn": s["trinn"]})
    o["fagkoder"].append(code)
    for p in s["po"]:
        if p not in o["po"]:
            o["po"].append(p)
    s["of"] = of

PLAN_TITLES = {"NOR01-07": "Læreplan i norsk", "NOR01-08": "Læreplan i norsk", "ENG01-06": "Læreplan i engelsk",
               "ELE01-03": "Læreplan i Vg1 elektro og datateknologi", "MAT09-01": "Læreplan i matematikk fellesfag vg1 teoretisk (matematikk T)",
               "BAT01-03": "Læreplan i Vg1 bygg- og anleggsteknikk", "ELE02-03": "Læreplan i Vg2 elenergi og ekom",
               "AMK02-03": "Læreplan i Vg2 arbeidsmaskiner"}
for real_plan, real_sets, lang in (("NOR01-08", NOR0108, "nob"), ("ENG01-06", ENG0106, "nob"), ("ELE01-03", ELE0103, "nob"),
                                   ("MAT09-01", MAT0901, "nno")):
    plans.setdefault(real_plan, {"sets": []})
    for kv, title, etter, trinn, maal in real_sets:
        sets[kv] = {"title": title, "etter": etter, "trinn": trinn, "plan": real_plan, "aims": [m[0] for m in maal], "lang": lang}
        plans[real_plan]["sets"].append(kv)
        for km, text in maal:
            aims[km] = (text, lang, kv, real_plan)
        for of in etter:
            if of not in ofs:   # the real opplæringsfag of a set VIS's demo does not use (e.g. NOR1Z68 for samisk)
                ofs[of] = {"title": OF_TITLE.get(of, title.replace("Kompetansemål og vurdering ", "").capitalize()), "plan": real_plan,
                           "fagkoder": [], "po": [], "trinn": trinn[0]}
plans.setdefault("NOR01-07", {"sets": []})

# placeholder sets and aims for the other subjects (codes in the KV9…/KM9… range: not Grep's)
n = 0
for of, o in sorted(ofs.items()):
    plans.setdefault(o["plan"], {"sets": []})
    if o["plan"] in ("NOR01-07", "NOR01-08", "ENG01-06", "ELE01-03", "MAT09-01"):
        continue
    n += 1
    kv = f"KV9{n:03d}"
    t = o["title"]
    lower = t[0].lower() + t[1:]
    texts = [f"gjøre rede for sentrale begreper og sammenhenger i {lower}",
             f"planlegge, gjennomføre og vurdere arbeid i {lower}, alene og sammen med andre",
             f"bruke digitale verktøy og relevante kilder i arbeidet med {lower}",
             f"reflektere over egen faglig utvikling i {lower}"]
    codes = [f"KM9{n:03d}{i}" for i in range(1, len(texts) + 1)]
    sets[kv] = {"title": f"Kompetansemål og vurdering {lower}", "etter": [of], "trinn": [o["trinn"]], "plan": o["plan"], "aims": codes, "lang": "nob"}
    plans[o["plan"]]["sets"].append(kv)
    for c, text in zip(codes, texts):
        aims[c] = (text, "nob", kv, o["plan"])

# ---- vurderingsordning
def v(candidate, standpunkt, exams):
    return {"vurderingsordning-for": {"kode": candidate, "uri": f"http://psi.udir.no/kl06/{candidate}"},
            "standpunktvurdering": standpunkt,
            "eksamensordninger": [{"eksamensform": {"kode": "eksamensform_" + f, "uri": "http://psi.udir.no/kl06/eksamensform_" + f},
                                   "oppgave": {"kode": "oppgave_" + o, "uri": "http://psi.udir.no/kl06/oppgave_" + o}} for f, o in exams]}
WRITTEN = ("NOR1267", "NOR1262", "NOR1270", "ENG1007", "ENG1009", "MAT1019", "MAT1021", "MAT1023", "MAT1151", "REA3056",
           "REA3058", "REA3036", "REA3046", "FSP6219")
def vurdering(code):
    if code in ("NOR1260", "NOR1264"):   # skriftlig norsk: standpunkt only after vg3
        return [v("elev", False, []), v("privatist", False, [])]
    if code.startswith("KRO"):
        return [v("elev", True, []), v("privatist", False, [("praktisk", "lokalgitt")])]
    if code in WRITTEN or code.startswith("MAT11"):
        privat = [("skriftlig", "sentralgitt")] + ([("muntlig", "lokalgitt")] if code.startswith("ENG") else [])
        return [v("elev", True, [("skriftlig", "sentralgitt"), ("muntlig", "lokalgitt")]), v("privatist", False, privat)]
    if code[:3] in ("HIS", "REL", "SAK", "GEO", "NAT", "FSP", "REA", "KDA", "MOK", "IDR"):
        form = "muntlig_praktisk" if code[:3] in ("NAT", "REA", "IDR") else "muntlig"
        return [v("elev", True, [(form, "lokalgitt")]), v("privatist", False, [(form, "lokalgitt")])]
    return [v("elev", True, []), v("privatist", False, [("skriftlig", "lokalgitt")])]   # yrkesfag felles programfag

# ---- write
out = {k: [] for k in ("utdanningsprogram", "programomraader", "laereplaner-lk20", "kompetansemaalsett-lk20",
                       "kompetansemaal-lk20", "opplaeringsfag", "fagkoder")}
for code, (nb, nn, en) in UP.items():
    out["utdanningsprogram"].append(element("utdanningsprogram", "utdanningsprogram", code, titles(nb, nn, en),
                                            **{"utdanningsprogramtype": None}))
out["utdanningsprogram"].append(element("utdanningsprogram", "utdanningsprogram", "SS", titles("Service og samferdsel", "Service og samferdsel",
                                        "Service and Transport"), status="utgaatt", **{"gyldig-til": "2020-07-31T00:00:00"}))
for (up, level), pos in sorted(PO.items()):
    for code, nb, nn in pos:
        out["programomraader"].append(element("programomraader", "programomraade", code, titles(nb, nn),
            **{"utdanningsprogram-referanse": [ref("utdanningsprogram", up, UP[up][0])],
               "aarstrinn": {"kode": level.lower(), "uri": f"http://psi.udir.no/kl06/{level.lower()}",
                             "url-data": f"{BASE}/aarstrinn/{level.lower()}", "tittel": "Videregående trinn " + level[-1]}}))
for plan in sorted(plans):
    p = plans[plan]
    title = PLAN_TITLES.get(plan) or ("Læreplan i " + sets[p["sets"][0]]["title"].replace("Kompetansemål og vurdering ", "") if p["sets"] else plan)
    changed = CHANGED_2026 if plan in ("NOR01-08", "ENG01-06") else CHANGED
    extra = {"kompetansemaalsett": [ref("kompetansemaalsett-lk20", kv, sets[kv]["title"]) for kv in p["sets"]], "erstattes-av": [],
             "gyldig-fra": "2026-08-01T00:00:00" if plan in ("NOR01-08", "ENG01-06") else "2020-08-01T00:00:00", "gyldig-til": None}
    out["laereplaner-lk20"].append(element("laereplaner-lk20", "laereplan_lk20", plan, titles(title), changed=changed, **extra))
for kv in sorted(sets):
    s = sets[kv]
    out["kompetansemaalsett-lk20"].append(element("kompetansemaalsett-lk20", "kompetansemaalsett_lk20", kv, titles(s["title"]),
        **{"etter-fag": [ref("opplaeringsfag", of, ofs.get(of, {}).get("title", of)) for of in s["etter"]],
           "tilhoerer-laereplan": ref("laereplaner-lk20", s["plan"], PLAN_TITLES.get(s["plan"], s["plan"])),
           "etter-aarstrinn": [{"kode": t, "uri": f"http://psi.udir.no/kl06/{t}", "url-data": f"{BASE}/aarstrinn/{t}"} for t in s["trinn"]],
           "kompetansemaal": [ref("kompetansemaal-lk20", km, aims[km][0]) for km in s["aims"]]}))
for km in sorted(aims):
    text, lang, kv, plan = aims[km]
    t = titles(nb=text) if lang == "nob" else titles(nn=text)
    out["kompetansemaal-lk20"].append(element("kompetansemaal-lk20", "kompetansemaal_lk20", km, t,
        **{"tilhoerer-kompetansemaalsett": ref("kompetansemaalsett-lk20", kv, sets[kv]["title"]),
           "tilhoerer-laereplan": ref("laereplaner-lk20", plan, plan)}))
for of in sorted(ofs):
    o = ofs[of]
    out["opplaeringsfag"].append(element("opplaeringsfag", "opplaeringsfag", of, titles(o["title"]),
        **{"fagkode-referanser": [ref("fagkoder", c, subjects[c]["title"]) for c in o["fagkoder"]],
           "laereplan-referanse": [ref("laereplaner-lk20", o["plan"], PLAN_TITLES.get(o["plan"], o["plan"]))],
           "programomraader-referanse": [ref("programomraader", p, p) for p in o["po"]],
           "for-aarstrinn": [{"kode": o["trinn"], "uri": f"http://psi.udir.no/kl06/{o['trinn']}", "url-data": f"{BASE}/aarstrinn/{o['trinn']}"}]}))
out["opplaeringsfag"].append(element("opplaeringsfag", "opplaeringsfag", "BIO1Z01", titles("Biologi 1"), status="utgaatt",
    **{"fagkode-referanser": [ref("fagkoder", "REA3001", "Biologi 1", "utgaatt")], "laereplan-referanse": [],
       "programomraader-referanse": [], "for-aarstrinn": [], "gyldig-til": "2021-07-31T00:00:00"}))
for code in sorted(subjects):
    s = subjects[code]
    out["fagkoder"].append(element("fagkoder", "fagkode", code, titles(s["title"]),
        **{"opplaeringsfag": [ref("opplaeringsfag", s["of"], ofs[s["of"]]["title"])], "vurderingsordning": vurdering(code),
           "benyttes-sammen-med": [], "merkelapper": []}))
out["fagkoder"].append(element("fagkoder", "fagkode", "REA3001", titles("Biologi 1"), status="utgaatt",
    **{"opplaeringsfag": [ref("opplaeringsfag", "BIO1Z01", "Biologi 1", "utgaatt")], "gyldig-til": "2021-07-31T00:00:00",
       "vurderingsordning": [v("elev", True, [("skriftlig", "sentralgitt")]), v("privatist", False, [("skriftlig", "sentralgitt")])]}))
os.makedirs(OUT, exist_ok=True)
for kind, items in out.items():
    with open(os.path.join(OUT, kind + ".json"), "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    print(kind, len(items))
