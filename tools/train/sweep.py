#!/usr/bin/python3
"""Chooses post-processing parameters without touching held-out images.

For every leave-one-image-out fold model (work/loo/fold-<id>.onnx) and every candidate setting,
segments that fold's TRAINING images (never its held-out one) with livecell-cli and scores them with
livecell-cli eval; prints the mean AP per setting over the folds. The best setting goes into the
shipped sidecar before loo.py measures the held-out accuracy.
"""
import argparse
import collections
import itertools
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
Setting = collections.namedtuple("Setting", "interior foreground smoothing score scale contact passes stability")
VARIANT_KEYS = {"i": "interiorThreshold", "f": "foregroundThreshold", "s": "seedSmoothing", "c": "contactWeight"}


def stability_variants(spec):
    """'i0.3,c1' -> [{"interiorThreshold": 0.3}, {"contactWeight": 1.0}]; 'none' -> []."""
    if spec == "none":
        return []
    return [{VARIANT_KEYS[item[0]]: float(item[1:])} for item in spec.split(",")]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", required=True)
    ap.add_argument("--images", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--work", default=os.path.join(HERE, "work", "loo"))
    ap.add_argument("--sidecar", default=os.path.join(HERE, "..", "..", "resources", "model", "livecell-unet.json"))
    ap.add_argument("--interior", default="0.4,0.5,0.6")
    ap.add_argument("--foreground", default="0.4,0.5")
    ap.add_argument("--smoothing", default="0,1")
    ap.add_argument("--score", default="meanForeground", help="comma-separated: meanForeground, seedPeak")
    ap.add_argument("--contact", default="0", help="comma-separated contactWeight values (networks with a contact channel)")
    ap.add_argument("--scale", default="1", help="comma-separated input.scale values (the network sees the image resized)")
    ap.add_argument("--passes", default="1", help="comma-separated input.passes values (mirror averaging: 1, 2 or 4)")
    ap.add_argument("--stability", default="none",
                    help="semicolon-separated candidate lists of stability variants, each comma-separated "
                         "i<interior> f<foreground> s<smoothing> c<contactWeight>, or none; e.g. 'none;i0.4,i0.6'. "
                         "Replaces the template sidecar's list (default: none)")
    ap.add_argument("--only", default="", help="comma-separated fold (image) ids to sweep; default all trained folds")
    args = ap.parse_args()
    with open(args.json) as f:
        coco = json.load(f)
    with open(args.sidecar) as f:
        template = json.load(f)
    values = itertools.product([float(v) for v in args.interior.split(",")],
                               [float(v) for v in args.foreground.split(",")],
                               [float(v) for v in args.smoothing.split(",")],
                               args.score.split(","),
                               [float(v) for v in args.scale.split(",")],
                               [float(v) for v in args.contact.split(",")],
                               [int(v) for v in args.passes.split(",")],
                               args.stability.split(";"))
    settings = [Setting(*v) for v in values]
    scores = {s: [] for s in settings}
    for image in sorted(coco["images"], key=lambda i: i["id"]):
        onnx = os.path.join(args.work, f"fold-{image['id']}.onnx")
        if not os.path.exists(onnx) or (args.only and str(image["id"]) not in args.only.split(",")):
            continue
        gt = os.path.join(args.work, f"fold-{image['id']}.train-gt.json")
        sub = dict(coco)
        sub["images"] = [i for i in coco["images"] if i["id"] != image["id"]]
        sub["annotations"] = [a for a in coco["annotations"] if a["image_id"] != image["id"]]
        with open(gt, "w") as f:
            json.dump(sub, f)
        for setting in settings:
            s = json.loads(json.dumps(template))
            s["model"] = os.path.basename(onnx)
            s["postprocessing"].update({"interiorThreshold": setting.interior, "foregroundThreshold": setting.foreground,
                                        "seedSmoothing": setting.smoothing, "score": setting.score,
                                        "contactWeight": setting.contact,
                                        "stability": stability_variants(setting.stability)})
            s["input"]["scale"] = setting.scale
            s["input"]["passes"] = setting.passes
            tag = "-".join(str(v) for v in setting).replace(",", "_")
            side = os.path.join(args.work, f"sweep-{image['id']}-{tag}.json")
            with open(side, "w") as f:
                json.dump(s, f)
            res = side.replace(".json", ".results.json")
            subprocess.run([args.cli, "segment", "--images", args.images, "--gt", gt, "--model", side, "--out", res],
                           check=True, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
            out = res.replace(".results.json", ".eval.json")
            subprocess.run([args.cli, "eval", gt, res, "--json", out], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            with open(out) as f:
                scores[setting].append(json.load(f)["livecell"]["AP"])
            print(image["id"], *setting, scores[setting][-1], flush=True)
    table = {" ".join(f"{name} {value}" for name, value in k._asdict().items()): sum(v) / len(v)
             for k, v in scores.items() if v}
    for k, v in sorted(table.items(), key=lambda kv: -kv[1]):
        print(f"{v:.4f}  {k}")
    with open(os.path.join(args.work, "sweep-summary.json"), "w") as f:
        json.dump(table, f, indent=1)


if __name__ == "__main__":
    main()
