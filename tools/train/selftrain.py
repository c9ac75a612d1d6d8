#!/usr/bin/python3
"""Self-training: trains on the annotated images, lets that network label the unannotated ones, and
trains on on both.

1. train.py on the annotated images (minus --holdout), with the given training arguments;
2. `livecell-cli segment` with that network and the post-processing of --sidecar on the images of
   --pseudo-images, except any that shares cell type, well and location with a held-out image (so a
   leave-one-image-out fold never sees the held-out field, even unlabelled and at another time);
3. train.py again from stage 1's weights (--init) for --stage2-iters at --stage2-lr, half of its
   crops from the pseudo-labelled images (cells scoring at least --pseudo-min-score; weaker ones are
   left out of the loss).

The dense MCF7 sheets are the case this is for: the five annotated images hold one (MCF7 G4), and a
network trained without it under-splits such sheets; the unannotated images hold more of them.
Writes OUT (the final network), OUT minus .onnx plus .stage1.onnx/.pt/.log, .pseudo.json, and the
final .pt/.log beside OUT.
"""
import argparse
import json
import os
import re
import subprocess
import sys

import cv2

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^([A-Za-z0-9]+)_Phase_([A-H]\d{1,2})_(\d+)_")


def field(file_name):
    """(cell type, well, location) of a LIVECell file name, or the name itself when it does not parse."""
    m = NAME.match(file_name)
    return m.groups() if m else file_name


def run(cmd):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def read_pseudo_images(args):
    """The images to pseudo-label, as a COCO dict (see --pseudo-images)."""
    if args.pseudo_images:
        with open(args.pseudo_images) as f:
            return json.load(f)
    with open(args.json) as f:
        annotated = {i["file_name"] for i in json.load(f)["images"]}
    names = sorted(n for n in os.listdir(args.images) if n.lower().endswith(".tif") and n not in annotated)
    images = []
    for k, name in enumerate(names, 1):
        pixels = cv2.imread(os.path.join(args.images, name), cv2.IMREAD_UNCHANGED)
        if pixels is None:
            sys.exit(f"selftrain.py: {os.path.join(args.images, name)}: cannot read the image")
        images.append({"id": k, "file_name": name, "width": pixels.shape[1], "height": pixels.shape[0]})
    return {"images": images, "annotations": [], "categories": [{"id": 1, "name": "cell"}]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", required=True)
    ap.add_argument("--images", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--holdout", type=int, action="append", default=[])
    ap.add_argument("--cli", required=True, help="path to livecell-cli")
    ap.add_argument("--sidecar", required=True, help="sidecar template (channels, post-processing) for stage 1's network")
    ap.add_argument("--pseudo-images", default="",
                    help="COCO file listing the images to pseudo-label (in --images); default: every .tif in "
                         "--images that --json does not list, sorted by name, with ids 1, 2, ...")
    ap.add_argument("--pseudo-min-score", default="0.9")
    ap.add_argument("--stage2-iters", default="1500")
    ap.add_argument("--stage2-lr", default="1e-3")
    args, train_args = ap.parse_known_args()

    stem = os.path.splitext(args.out)[0]
    hold = []
    for h in args.holdout:
        hold += ["--holdout", str(h)]
    stage1 = stem + ".stage1.onnx"
    if not os.path.exists(stage1):
        run([sys.executable, os.path.join(HERE, "train.py"), "--json", args.json, "--images", args.images,
             "--out", stage1] + hold + train_args)

    with open(args.sidecar) as f:
        sidecar = json.load(f)
    sidecar["model"] = os.path.basename(stage1)
    with open(stem + ".stage1.json", "w") as f:
        json.dump(sidecar, f, indent=1)
    with open(args.json) as f:
        held_fields = {field(i["file_name"]) for i in json.load(f)["images"] if i["id"] in args.holdout}
    pseudo = read_pseudo_images(args)
    pseudo["images"] = [i for i in pseudo["images"] if field(i["file_name"]) not in held_fields]
    pseudo_images = stem + ".pseudo-images.json"
    with open(pseudo_images, "w") as f:
        json.dump(pseudo, f)
    pseudo_results = stem + ".pseudo.json"
    run([args.cli, "segment", "--images", args.images, "--gt", pseudo_images, "--model", stem + ".stage1.json",
         "--out", pseudo_results])

    # stage 2 takes stage 1's arguments with its own iterations and learning rate
    rest, skip = [], False
    for k, a in enumerate(train_args):
        if skip:
            skip = False
            continue
        if a in ("--iters", "--lr"):
            skip = True
            continue
        rest.append(a)
    run([sys.executable, os.path.join(HERE, "train.py"), "--json", args.json, "--images", args.images,
         "--out", args.out, "--init", stem + ".stage1.pt", "--iters", args.stage2_iters, "--lr", args.stage2_lr,
         "--pseudo", pseudo_results, "--pseudo-images", pseudo_images, "--pseudo-min-score", args.pseudo_min_score]
        + hold + rest)


if __name__ == "__main__":
    main()
