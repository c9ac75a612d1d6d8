#!/usr/bin/python3
"""Trains the bundled LIVECell segmentation network (a compact U-Net) on CPU and exports it to ONNX.

The network maps one normalised grayscale image, (x - 128) / 11.578, to three per-pixel class
probabilities (softmax over channel 1): 0 background, 1 cell interior, 2 cell boundary. Interior is
every annotated pixel more than BOUNDARY_RADIUS pixels away from another label (background or a
different cell), so touching cells have separated interiors; the C++ post-processing
(model/segmentation/) grows interior seeds back over the foreground with a seeded watershed.

Everything is seeded and runs with a fixed number of threads, so a run is repeatable on one machine.
See tools/train/README.md for how the shipped model was made and how its accuracy was measured.
"""
import argparse
import json
import math
import os
import sys
import time

import cv2
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

import cocomask

MEAN, STD = 128.0, 11.578
BOUNDARY_RADIUS = 2          # pixels of a cell's rim labelled boundary (kernel 2r+1)
CLASS_WEIGHTS = (1.0, 1.0, 2.0)
CENTRE_CLASS_WEIGHTS = (1.0, 2.0, 1.0)
CONTACT_CLASS_WEIGHTS = (1.0, 2.0, 1.0, 3.0)
IGNORE = 255                 # class-map value the loss skips (see mark_unannotated)


# ---------------------------------------------------------------- data

def load_dataset(json_path, images_dir, exact=True):
    """Returns a list of dicts: id, file_name, image (uint8 HxW), labels (int32 HxW instance map)."""
    with open(json_path) as f:
        coco = json.load(f)
    anns = coco["annotations"]
    if isinstance(anns, dict):
        anns = list(anns.values())
    by_image = {}
    for a in anns:
        by_image.setdefault(a["image_id"], []).append(a)
    out = []
    for im in sorted(coco["images"], key=lambda i: i["id"]):
        path = os.path.join(images_dir, im["file_name"])
        img = cv2.imread(path, cv2.IMREAD_UNCHANGED)
        if img is None:
            sys.exit(f"train.py: cannot read {path}")
        if img.ndim == 3:
            img = img[..., 0]
        labels = rasterise(by_image.get(im["id"], []), im["height"], im["width"], exact)
        out.append({"id": im["id"], "file_name": im["file_name"], "image": img, "labels": labels})
    return coco, out


def rasterise(anns, height, width, exact=True):
    """Instance label map (0 = background); larger cells drawn first so small ones stay on top.

    EXACT rasterises each polygon as the COCO evaluator does (cocomask.py); otherwise with
    cv2.fillPoly, which also takes the pixels the outline touches (the recipe before --fillpoly
    became the exception)."""
    order = sorted(anns, key=lambda a: -float(a.get("area", 0)))
    if exact:
        flat = np.zeros(height * width, np.int32)   # column-major, as COCO runs are
        for k, a in enumerate(order, start=1):
            seg = a.get("segmentation")
            if isinstance(seg, list):   # RLE ground truth is not used for training
                for ring in seg:
                    if len(ring) >= 6:
                        cocomask.fill_runs(flat, cocomask.polygon_runs(ring, height, width), k)
        return np.ascontiguousarray(flat.reshape(width, height).T)
    labels = np.zeros((height, width), np.int32)
    for k, a in enumerate(order, start=1):
        seg = a.get("segmentation")
        if not isinstance(seg, list):
            continue
        for ring in seg:
            xy = np.asarray(ring, np.float64).reshape(-1, 2)
            if len(xy) < 3:
                continue
            # COCO vertices are in pixel-edge coordinates; fillPoly uses pixel centres.
            pts = np.round((xy - 0.5) * 16).astype(np.int32)
            cv2.fillPoly(labels, [pts], k, lineType=cv2.LINE_8, shift=4)
    return labels


def targets_from_labels(labels):
    """Class map: 0 background, 1 interior, 2 boundary (rim of BOUNDARY_RADIUS px)."""
    lf = labels.astype(np.float32)
    kernel = np.ones((2 * BOUNDARY_RADIUS + 1,) * 2, np.uint8)
    hi = cv2.dilate(lf, kernel, borderType=cv2.BORDER_REPLICATE)
    lo = cv2.erode(lf, kernel, borderType=cv2.BORDER_REPLICATE)
    fg = labels > 0
    cls = np.zeros(labels.shape, np.int64)
    cls[fg] = 1
    cls[fg & ((hi != lf) | (lo != lf))] = 2
    cls[labels < 0] = IGNORE
    return cls


def centre_targets(labels, fraction):
    """Class map for --target centre: 0 background, 1 cell centre, 2 the rest of the cell.

    A pixel is centre when its distance to the nearest pixel of another label (background or a
    different cell) is at least FRACTION of the largest such distance in its cell, so every cell,
    however tightly packed, has one compact seed of its own; the seeded watershed grows it back."""
    fg = labels > 0
    edge = np.zeros(labels.shape, bool)
    edge[:-1, :] |= labels[:-1, :] != labels[1:, :]
    edge[1:, :] |= labels[1:, :] != labels[:-1, :]
    edge[:, :-1] |= labels[:, :-1] != labels[:, 1:]
    edge[:, 1:] |= labels[:, 1:] != labels[:, :-1]
    inside = (fg & ~edge).astype(np.uint8)
    dist = cv2.distanceTransform(inside, cv2.DIST_L2, 5)
    peak = np.zeros(int(labels.max()) + 1, np.float32)
    owner = np.maximum(labels, 0)
    np.maximum.at(peak, owner.ravel(), dist.ravel())
    cls = np.zeros(labels.shape, np.int64)
    cls[fg] = 2
    cls[fg & (dist >= np.maximum(1.0, fraction * peak[owner]))] = 1
    cls[labels < 0] = IGNORE
    return cls


def contact_targets(labels, fraction):
    """Class map for --target contact: --target centre's classes plus 3, contact: cell pixels (not
    centre) with a pixel of a different cell among their 8 neighbours. The contact line between two
    touching cells is where the C++ watershed should cut them (its contactWeight raises the flooding
    elevation there), instead of half-way between their centres."""
    cls = centre_targets(labels, fraction)
    own = np.maximum(labels, 0).astype(np.float32)
    big = np.where(labels > 0, own, -1).astype(np.float32)
    small = np.where(labels > 0, own, np.float32(2 ** 30))
    kernel = np.ones((3, 3), np.uint8)
    hi = cv2.dilate(big, kernel, borderType=cv2.BORDER_REPLICATE)
    lo = cv2.erode(small, kernel, borderType=cv2.BORDER_REPLICATE)
    touching = (labels > 0) & ((hi > own) | (lo < own))
    cls[touching & (cls == 2)] = 3
    return cls


def mark_unannotated(image, labels, min_sd):
    """Sets labels to -1 (ignored by the loss) where the image looks like cells but nothing is annotated.

    LIVECell leaves some clusters and cells unannotated (e.g. the top of BT474 C3); trained as
    background they teach the network that dense textured sheets are background. Phase-contrast
    background is flat, so unlabelled pixels more than 6 px from every annotation whose 9 x 9 standard
    deviation exceeds MIN_SD are left out of the loss."""
    x = image.astype(np.float32)
    m = cv2.blur(x, (9, 9))
    sd = np.sqrt(np.maximum(cv2.blur(x * x, (9, 9)) - m * m, 0))
    far = cv2.distanceTransform((labels == 0).astype(np.uint8), cv2.DIST_L2, 5) > 6
    out = labels.copy()
    out[far & (sd > min_sd)] = -1
    return out


# ---------------------------------------------------------------- augmentation

def sample_crop(item, size, rng, scales=(0.8, 1.25)):
    """One heavily augmented (image float32 normalised, class map) pair of size x size.

    SCALES bounds the log-uniform zoom: below 1 the cells shrink (a larger area is squeezed into
    the crop), above 1 they grow."""
    img, lab = item["image"], item.get("classes", item["labels"])
    h, w = img.shape
    scale = math.exp(rng.uniform(math.log(scales[0]), math.log(scales[1])))
    src = min(int(round(size / scale)), h, w)
    y0 = rng.integers(0, h - src + 1)
    x0 = rng.integers(0, w - src + 1)
    ci = img[y0:y0 + src, x0:x0 + src]
    cl = lab[y0:y0 + src, x0:x0 + src]
    if src != size:
        ci = cv2.resize(ci, (size, size), interpolation=cv2.INTER_LINEAR)
        cl = cv2.resize(cl.astype(np.float32), (size, size), interpolation=cv2.INTER_NEAREST).astype(np.int32)
    k = int(rng.integers(0, 4))
    ci, cl = np.rot90(ci, k), np.rot90(cl, k)
    if rng.random() < 0.5:
        ci, cl = ci[:, ::-1], cl[:, ::-1]
    ci = np.ascontiguousarray(ci).astype(np.float32)
    cls = np.ascontiguousarray(cl).astype(np.int64) if "classes" in item else targets_from_labels(np.ascontiguousarray(cl))
    return jitter_intensity(ci, rng), cls


def jitter_intensity(x, rng):
    """Contrast, brightness, gamma, blur and noise jitter, then LIVECell normalisation."""
    m = float(x.mean())
    x = (x - m) * rng.uniform(0.6, 1.5) + m + rng.uniform(-12, 12)
    if rng.random() < 0.3:
        g = rng.uniform(0.8, 1.25)
        x = 255.0 * np.power(np.clip(x, 0, 255) / 255.0, g)
    if rng.random() < 0.2:
        x = cv2.GaussianBlur(x, (0, 0), rng.uniform(0.3, 1.0))
    if rng.random() < 0.5:
        x = x + rng.normal(0, rng.uniform(0.5, 4.0), x.shape).astype(np.float32)
    x = np.clip(x, 0, 255)
    return ((x - MEAN) / STD).astype(np.float32)


def make_batch(items, batch, size, rng, scales, pseudo=(), pseudo_share=0.0):
    """BATCH augmented crops; with PSEUDO items, each crop comes from one of them with PSEUDO_SHARE odds."""
    xs, ys = [], []
    for _ in range(batch):
        pool = pseudo if pseudo and rng.random() < pseudo_share else items
        x, y = sample_crop(pool[int(rng.integers(0, len(pool)))], size, rng, scales)
        xs.append(x)
        ys.append(y)
    return torch.from_numpy(np.stack(xs)[:, None]), torch.from_numpy(np.stack(ys))


# ---------------------------------------------------------------- network

def block(cin, cout):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True),
        nn.Conv2d(cout, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class UNet(nn.Module):
    """U-Net with one level per entry of CHANNELS (len - 1 poolings), ConvTranspose up-sampling and
    skip concatenations; softmax output for export. The default 8-16-32-64 is the earlier models'
    network, with the same parameter names (e1 e2 e3 b, u3 d3 ...) so their .pt files still load."""

    def __init__(self, channels=(8, 16, 32, 64), classes=3):
        super().__init__()
        c = list(channels)
        self.levels = len(c)
        self.enc_names = [f"e{i + 1}" for i in range(len(c) - 1)] + ["b"]
        for i, name in enumerate(self.enc_names):
            setattr(self, name, block(1 if i == 0 else c[i - 1], c[i]))
        for i in range(len(c) - 1, 0, -1):
            setattr(self, f"u{i}", nn.ConvTranspose2d(c[i], c[i - 1], 2, stride=2))
            setattr(self, f"d{i}", block(2 * c[i - 1], c[i - 1]))
        self.head = nn.Conv2d(c[0], classes, 1)
        self.export_softmax = False

    def forward(self, x):
        skips = []
        for i, name in enumerate(self.enc_names):
            x = getattr(self, name)(x if i == 0 else F.max_pool2d(x, 2))
            skips.append(x)
        x = skips.pop()
        for i in range(self.levels - 1, 0, -1):
            x = getattr(self, f"d{i}")(torch.cat([getattr(self, f"u{i}")(x), skips.pop()], 1))
        y = self.head(x)
        return torch.softmax(y, 1) if self.export_softmax else y


def dice_loss(logits, target):
    """Soft Dice on the cell classes (helps the thin boundary and contact classes)."""
    p = torch.softmax(logits, 1) * (target != IGNORE).unsqueeze(1).float()
    loss = 0.0
    classes = range(1, logits.shape[1])
    for c in classes:
        t = (target == c).float()
        inter = (p[:, c] * t).sum()
        loss = loss + 1 - (2 * inter + 1) / (p[:, c].sum() + t.sum() + 1)
    return loss / len(classes)


# ---------------------------------------------------------------- training and export

def load_pseudo(results_path, images_json, images_dir, min_score):
    """Pseudo-labelled items: the images of IMAGES_JSON (a COCO file, annotations unused) with the
    cells of a `livecell-cli segment` results file as labels. Cells scoring at least MIN_SCORE are
    labels (smaller on top); less confident ones are left out of the loss (-1)."""
    with open(images_json) as f:
        images = json.load(f)["images"]
    with open(results_path) as f:
        results = json.load(f)
    by_image = {}
    for r in results:
        by_image.setdefault(r["image_id"], []).append(r)
    out = []
    for im in images:
        img = cv2.imread(os.path.join(images_dir, im["file_name"]), cv2.IMREAD_UNCHANGED)
        if img is None:
            sys.exit(f"train.py: cannot read {im['file_name']}")
        if img.ndim == 3:
            img = img[..., 0]
        h, w = img.shape
        flat = np.zeros(h * w, np.int32)
        cells = [(cocomask.rle_runs(r["segmentation"]), r["score"]) for r in by_image.get(im["id"], [])]
        cells.sort(key=lambda c: -sum(c[0][1::2]))
        k = 0
        for runs, score in cells:
            if score >= min_score:
                k += 1
                cocomask.fill_runs(flat, runs, k)
            else:
                cocomask.fill_runs(flat, runs, -1)
        out.append({"id": im["id"], "file_name": im["file_name"], "image": img,
                    "labels": np.ascontiguousarray(flat.reshape(w, h).T)})
    return out


def train(items, args, log, pseudo=()):
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    net = UNet(channels(args), 4 if args.target == "contact" else 3)
    if args.init:
        net.load_state_dict(torch.load(args.init))
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=args.iters, pct_start=0.1)
    weights = torch.tensor({"rim": CLASS_WEIGHTS, "centre": CENTRE_CLASS_WEIGHTS, "contact": CONTACT_CLASS_WEIGHTS}[args.target])
    start, running = time.time(), 0.0
    net.train()
    for it in range(1, args.iters + 1):
        x, y = make_batch(items, args.batch, args.crop, rng, (args.scale_min, args.scale_max), pseudo, args.pseudo_share)
        logits = net(x)
        loss = F.cross_entropy(logits, y, weight=weights, ignore_index=IGNORE) + dice_loss(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        running = 0.95 * running + 0.05 * loss.item() if it > 1 else loss.item()
        if it % 50 == 0 or it == args.iters:
            log(f"iter {it}/{args.iters} loss {running:.4f} lr {sched.get_last_lr()[0]:.2e} "
                f"{time.time() - start:.0f} s")
    return net, time.time() - start


def channels(args):
    """The network's channels per level: --channels, else --base doubled over four levels."""
    if args.channels:
        return [int(c) for c in args.channels.split(",")]
    return [args.base * f for f in (1, 2, 4, 8)]


def export_onnx(net, path):
    net.eval()
    net.export_softmax = True
    divisor = 2 ** (net.levels - 1)
    dummy = torch.zeros(1, 1, (520 + divisor - 1) // divisor * divisor, 704)
    torch.onnx.export(net, dummy, path, opset_version=11, input_names=["image"], output_names=["probabilities"],
                      dynamic_axes={"image": {2: "height", 3: "width"}, "probabilities": {2: "height", 3: "width"}},
                      do_constant_folding=True)
    net.export_softmax = False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", required=True, help="COCO annotation file with the training images")
    ap.add_argument("--images", required=True, help="folder holding the images, flat")
    ap.add_argument("--out", required=True, help="output .onnx path (a .pt and .log are written beside it)")
    ap.add_argument("--holdout", type=int, action="append", default=[],
                    help="image id to leave out of training (repeatable); its GT is written to OUT.gt.json")
    ap.add_argument("--iters", type=int, default=1500)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--crop", type=int, default=160)
    ap.add_argument("--base", type=int, default=8, help="channels of the first level (four levels, doubling)")
    ap.add_argument("--channels", default="", help="channels per level, e.g. 8,16,32,64,128 (overrides --base; "
                                                  "the sidecar's input.divisor must be 2^(levels - 1))")
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--seed", type=int, default=20211)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--target", choices=("rim", "centre", "contact"), default="rim",
                    help="rim: interior/2 px boundary; centre: cell centres/rest of cell; contact: centre's "
                         "classes plus a fourth, the pixels where two cells touch")
    ap.add_argument("--centre-fraction", type=float, default=0.5,
                    help="--target centre: share of a cell's largest inner distance that counts as centre")
    ap.add_argument("--ignore-unannotated", type=float, default=0, metavar="SD",
                    help="leave textured unannotated pixels (9x9 std > SD, > 6 px from any cell) out of the loss; 0 = off")
    ap.add_argument("--scale-min", type=float, default=0.8, help="smallest zoom of the scale augmentation (< 1 shrinks cells)")
    ap.add_argument("--scale-max", type=float, default=1.25, help="largest zoom of the scale augmentation")
    ap.add_argument("--fillpoly", action="store_true",
                    help="rasterise the training polygons with cv2.fillPoly (cells ~10%% larger than the evaluator's "
                         "masks; the recipe of the models before) instead of exactly as pycocotools")
    ap.add_argument("--pseudo", default="", metavar="RESULTS.json",
                    help="self-training: cells a model found (livecell-cli segment results) on the images of --pseudo-images")
    ap.add_argument("--pseudo-images", default="", metavar="IMAGES.json",
                    help="COCO file listing the pseudo-labelled images (in --images); must not hold a --holdout image")
    ap.add_argument("--pseudo-min-score", type=float, default=0.8, help="pseudo cells scoring less are left out of the loss")
    ap.add_argument("--pseudo-share", type=float, default=0.5, help="odds that a crop comes from a pseudo-labelled image")
    ap.add_argument("--init", default="", help="start from these weights (.pt from an earlier run) instead of random")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    cv2.setNumThreads(1)
    coco, items = load_dataset(args.json, args.images, not args.fillpoly)
    train_items = [i for i in items if i["id"] not in args.holdout]
    pseudo = load_pseudo(args.pseudo, args.pseudo_images, args.images, args.pseudo_min_score) if args.pseudo else []
    held_out_names = {i["file_name"] for i in items if i["id"] in args.holdout}
    if any(p["file_name"] in held_out_names for p in pseudo):
        sys.exit("train.py: a held-out image is among the pseudo-labelled ones")
    train_items += pseudo
    if args.ignore_unannotated > 0:
        for i in train_items:
            i["labels"] = mark_unannotated(i["image"], i["labels"], args.ignore_unannotated)
    if args.target in ("centre", "contact"):
        make = centre_targets if args.target == "centre" else contact_targets
        for i in train_items:  # computed once on the whole image; crops take the class map with them
            i["classes"] = make(i["labels"], args.centre_fraction).astype(np.int32)
    logf = open(os.path.splitext(args.out)[0] + ".log", "w")

    def log(msg):
        print(msg, flush=True)
        logf.write(msg + "\n")
        logf.flush()

    train_items = [i for i in train_items if not any(i is p for p in pseudo)]
    log(f"training on {[i['file_name'] for i in train_items]}; pseudo-labelled {[i['file_name'] for i in pseudo]}; "
        f"held out {args.holdout}; {vars(args)}")
    if args.holdout:
        write_holdout_gt(coco, args.holdout, os.path.splitext(args.out)[0] + ".gt.json")
    net, seconds = train(train_items, args, log, pseudo)
    torch.save(net.state_dict(), os.path.splitext(args.out)[0] + ".pt")
    export_onnx(net, args.out)
    log(f"done in {seconds:.0f} s; wrote {args.out}")


def write_holdout_gt(coco, ids, path):
    keep = set(ids)
    anns = coco["annotations"]
    if isinstance(anns, dict):
        anns = list(anns.values())
    sub = dict(coco)
    sub["images"] = [i for i in coco["images"] if i["id"] in keep]
    sub["annotations"] = [a for a in anns if a["image_id"] in keep]
    with open(path, "w") as f:
        json.dump(sub, f)


if __name__ == "__main__":
    main()
