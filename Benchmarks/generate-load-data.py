"""Writes deterministic procedure catalogues and dossier registers (YAML, JSON, CSV) in the
shapes of DATA.md for Benchmarks/load.sh. Usage: generate-load-data.py DIR PROCEDURES DOSSIERS"""
import json
import random
import sys

out, procedure_count, dossier_count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(42)
sectors = ["science_technology", "justice", "education", "health", "construction", "transport"]
words = ["Cấp", "giấy", "chứng", "nhận", "đăng", "ký", "hoạt", "động", "khoa", "học", "công", "nghệ", "thẩm", "định"]
channels = ["national_database", "provincial_portal", "office_notice", "agency_website", "service_center"]

procedures = []
for i in range(procedure_count):
    procedures.append({
        "code": "1.%06d" % (4000 + i),
        "name": " ".join(rng.choice(words) for _ in range(rng.randint(5, 12))),
        "sector": rng.choice(sectors),
        "processing_days": rng.randint(1, 30),
        "processing_unit": rng.choice(["working", "calendar"]),
        "legal_max_days": rng.randint(10, 45),
        "online_level": rng.randint(1, 4),
        "publication": {"decision": "%d/QĐ-UBND" % rng.randint(100, 3000), "decided_on": "2020-06-%02d" % rng.randint(1, 28)},
        "disclosures": [{"channel": c, "published_on": "2020-07-%02d" % rng.randint(1, 28)}
                        for c in rng.sample(channels, rng.randint(2, 5))],
    })

def dossier(i):
    day = rng.randint(1, 28)
    return {
        "dossier_id": "HS-2020-%06d" % i,
        "procedure_code": "1.%06d" % (4000 + rng.randrange(procedure_count)),
        "channel": rng.choice(["counter", "online", "postal"]),
        "received_at": "%02d/03/2020 %02d:%02d" % (day, rng.randint(7, 17), rng.randint(0, 59)),
        "due_at": "%02d/04/2020" % day,
        "resolved_at": "%02d/04/2020" % rng.randint(1, 28) if rng.random() < 0.8 else None,
        "status": rng.choice(["early", "on_time", "late", "in_progress"]),
        "apology_issued_at": None,
        "new_due_at": None,
    }

dossiers = [dossier(i) for i in range(dossier_count)]

def yaml_scalar(v):
    if v is None:
        return ""
    if isinstance(v, int):
        return str(v)
    if v[:1].isdigit() and v.replace(".", "").isdigit():
        return '"%s"' % v
    return v

def write_yaml(path, key, items, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        f.write("%s:\n" % key)
        for item in items:
            first = True
            for k, v in item.items():
                prefix = "  - " if first else "    "
                first = False
                if isinstance(v, dict):
                    f.write("%s%s: { %s }\n" % (prefix, k, ", ".join("%s: %s" % (a, yaml_scalar(b)) for a, b in v.items())))
                elif isinstance(v, list):
                    f.write("%s%s:\n" % (prefix, k))
                    for e in v:
                        f.write("      - { %s }\n" % ", ".join("%s: %s" % (a, yaml_scalar(b)) for a, b in e.items()))
                else:
                    f.write(("%s%s: %s" % (prefix, k, yaml_scalar(v))).rstrip() + "\n")

agency = "agency: { id: skhcn-travinh, name: Sở Khoa học và Công nghệ tỉnh Trà Vinh, province: Trà Vinh }\nyear: 2020\n"
write_yaml("%s/procedures.yaml" % out, "procedures", procedures, agency)
write_yaml("%s/dossiers.yaml" % out, "dossiers", dossiers, "")
with open("%s/procedures.json" % out, "w", encoding="utf-8") as f:
    json.dump({"agency": {"id": "skhcn-travinh"}, "year": 2020, "procedures": procedures}, f, ensure_ascii=False, indent=2)
with open("%s/dossiers.json" % out, "w", encoding="utf-8") as f:
    json.dump({"dossiers": dossiers}, f, ensure_ascii=False, indent=2)
with open("%s/dossiers.csv" % out, "w", encoding="utf-8") as f:
    f.write(",".join(dossiers[0].keys()) + "\n")
    for d in dossiers:
        f.write(",".join("" if v is None else v for v in d.values()) + "\n")
