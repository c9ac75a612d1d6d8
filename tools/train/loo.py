#!/usr/bin/python3
"""Leave-one-image-out accuracy of the training recipe, measured with the project's own evaluator.

For each annotated image, trains train.py (or, with --self-train, selftrain.py) on the other
images (skipped when the fold's .onnx already exists; --jobs folds at a time), segments the held-out image with `livecell-cli segment --model fold.onnx`, and
then evaluates all held-out predictions together (each image predicted by the model that never saw
it) with `livecell-cli eval --protocol livecell`. Also evaluates each fold alone. Writes
WORK/loo-summary.json.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def fold_sidecar(template, onnx):
    """A sidecar beside the fold's network: the shipped one's settings with the fold's model file."""
    with open(template) as f:
        s = json.load(f)
    s["model"] = os.path.basename(onnx)
    s["name"] = os.path.splitext(os.path.basename(onnx))[0]
    with open(os.path.splitext(onnx)[0] + ".json", "w") as f:
        json.dump(s, f, indent=1)


def evaluate(cli, gt, results, out):
    run([cli, "eval", gt, results, "--protocol", "livecell", "--json", out], stdout=subprocess.DEVNULL)
    with open(out) as f:
        return json.load(f)["livecell"]


def train_folds(args, ids):
    """Trains the folds of IDS, args.jobs at a time; each fold's output goes to its .out file."""
    running = []
    for image_id in ids:
        onnx = os.path.join(args.work, f"fold-{image_id}.onnx")
        cmd = [sys.executable, os.path.join(HERE, "selftrain.py" if args.self_train else "train.py"),
               "--json", args.json, "--images", args.images, "--out", onnx, "--holdout", str(image_id)]
        if args.self_train:
            cmd += ["--cli", args.cli, "--sidecar", args.sidecar]
        cmd += args.train_args.split()
        print("+", " ".join(cmd), flush=True)
        running.append(subprocess.Popen(cmd, stdout=open(os.path.splitext(onnx)[0] + ".out", "w"),
                                        stderr=subprocess.STDOUT))
        while len(running) >= args.jobs:
            running = [p for p in running if p.poll() is None] or running
            if len(running) >= args.jobs:
                running[0].wait()
                running = [p for p in running if p.poll() is None]
    for p in running:
        p.wait()
    failed = [i for i in ids if not os.path.exists(os.path.join(args.work, f"fold-{i}.onnx"))]
    if failed:
        sys.exit(f"loo.py: training failed for folds {failed} (see their .out files)")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", required=True)
    ap.add_argument("--images", required=True)
    ap.add_argument("--cli", required=True, help="path to livecell-cli")
    ap.add_argument("--work", default=os.path.join(HERE, "work", "loo"))
    ap.add_argument("--sidecar", default=os.path.join(HERE, "..", "..", "resources", "model", "livecell-unet.json"))
    ap.add_argument("--train-args", default="", help="extra arguments for train.py, e.g. '--iters 800'")
    ap.add_argument("--no-train", action="store_true", help="only evaluate folds that are already trained")
    ap.add_argument("--self-train", action="store_true",
                    help="train each fold with selftrain.py (pseudo-labelling the unannotated images of --images)")
    ap.add_argument("--jobs", type=int, default=1, help="folds trained at once (give each --threads accordingly)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    with open(args.json) as f:
        ids = sorted(i["id"] for i in json.load(f)["images"])
    if not args.no_train:
        missing = [i for i in ids if not os.path.exists(os.path.join(args.work, f"fold-{i}.onnx"))]
        # folds whose first self-training stage is done go first: they finish soonest
        missing.sort(key=lambda i: not os.path.exists(os.path.join(args.work, f"fold-{i}.stage1.onnx")))
        train_folds(args, missing)
    merged, per_fold = [], {}
    for image_id in ids:
        onnx = os.path.join(args.work, f"fold-{image_id}.onnx")
        if not os.path.exists(onnx):
            continue
        fold_sidecar(args.sidecar, onnx)
        gt = os.path.splitext(onnx)[0] + ".gt.json"
        res = os.path.splitext(onnx)[0] + ".results.json"
        run([args.cli, "segment", "--images", args.images, "--gt", gt, "--model", onnx, "--out", res])
        per_fold[str(image_id)] = evaluate(args.cli, gt, res, os.path.splitext(onnx)[0] + ".eval.json")
        with open(res) as f:
            merged += json.load(f)
    merged_path = os.path.join(args.work, "heldout.results.json")
    with open(merged_path, "w") as f:
        json.dump(merged, f)
    summary = {"pooled": evaluate(args.cli, args.json, merged_path, os.path.join(args.work, "heldout.eval.json")),
               "perFold": per_fold, "folds": len(per_fold)}
    with open(os.path.join(args.work, "loo-summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
