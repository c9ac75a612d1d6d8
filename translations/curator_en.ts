<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeleteCells</name>
    <message numerus="yes">
        <source>Delete %n cell(s)</source>
        <translation>
            <numerusform>Delete %n cell</numerusform>
            <numerusform>Delete %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvalFindings</name>
    <message numerus="yes">
        <source>%n prediction(s) have a category that the ground truth does not declare; they were ignored.</source>
        <translation>
            <numerusform>%n prediction has a category that the ground truth does not declare; it was ignored.</numerusform>
            <numerusform>%n predictions have a category that the ground truth does not declare; they were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) have an undeclared category; they were ignored.</source>
        <translation>
            <numerusform>%n ground-truth annotation has an undeclared category; it was ignored.</numerusform>
            <numerusform>%n ground-truth annotations have an undeclared category; they were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) refer to an image id not in the ground truth&apos;s images; they were ignored.</source>
        <translation>
            <numerusform>%n ground-truth annotation refers to an image id not in the ground truth&apos;s images; it was ignored.</numerusform>
            <numerusform>%n ground-truth annotations refer to an image id not in the ground truth&apos;s images; they were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) have no score; they were evaluated with score 1.</source>
        <translation>
            <numerusform>%n prediction has no score; it was evaluated with score 1.</numerusform>
            <numerusform>%n predictions have no score; they were evaluated with score 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lowest-scored prediction(s) exceed the per-image maximum of detections and were not evaluated.</source>
        <translation>
            <numerusform>%n lowest-scored prediction exceeds the per-image maximum of detections and was not evaluated.</numerusform>
            <numerusform>%n lowest-scored predictions exceed the per-image maximum of detections and were not evaluated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n ids in all</source>
        <translation>
            <numerusform>… %n id in all</numerusform>
            <numerusform>… %n ids in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) refer to image ids that are not in the ground truth (%1); they were ignored.</source>
        <translation>
            <numerusform>%n prediction refers to an image id that is not in the ground truth (%1); it was ignored.</numerusform>
            <numerusform>%n predictions refer to image ids that are not in the ground truth (%1); they were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <source>%n unsaved change(s) to %1 from %2 (last: %3)</source>
        <translation>
            <numerusform>%n unsaved change to %1 from %2 (last: %3)</numerusform>
            <numerusform>%n unsaved changes to %1 from %2 (last: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCells</name>
    <message numerus="yes">
        <source>Merge %n cell(s)</source>
        <translation>
            <numerusform>Merge %n cell</numerusform>
            <numerusform>Merge %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveCells</name>
    <message numerus="yes">
        <source>Move %n cell(s)</source>
        <translation>
            <numerusform>Move %n cell</numerusform>
            <numerusform>Move %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCellFlag</name>
    <message numerus="yes">
        <source>Flag %n cell(s)</source>
        <translation>
            <numerusform>Flag %n cell</numerusform>
            <numerusform>Flag %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n cell(s)</source>
        <translation>
            <numerusform>Unflag %n cell</numerusform>
            <numerusform>Unflag %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::CellClipboardActions</name>
    <message numerus="yes">
        <source>Selected %n cell(s).</source>
        <translation>
            <numerusform>Selected %n cell.</numerusform>
            <numerusform>Selected %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copied %n cell.</numerusform>
            <numerusform>Copied %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (%1).</source>
        <translation>
            <numerusform>%n left out (%1).</numerusform>
            <numerusform>%n left out (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough memory to copy %n cell(s).</source>
        <translation>
            <numerusform>Not enough memory to copy %n cell.</numerusform>
            <numerusform>Not enough memory to copy %n cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::CellTableDock</name>
    <message numerus="yes">
        <source>%n cell(s) on %1</source>
        <translation>
            <numerusform>%n cell on %1</numerusform>
            <numerusform>%n cells on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more hidden by the display filters)</source>
        <translation>
            <numerusform>(%n more hidden by the display filters)</numerusform>
            <numerusform>(%n more hidden by the display filters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::CellTableModel</name>
    <message numerus="yes">
        <source>%n rings</source>
        <translation>
            <numerusform>%n ring</numerusform>
            <numerusform>%n rings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::Document</name>
    <message numerus="yes">
        <source>Mark %n image(s) reviewed</source>
        <translation>
            <numerusform>Mark %n image reviewed</numerusform>
            <numerusform>Mark %n images reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) not reviewed</source>
        <translation>
            <numerusform>Mark %n image not reviewed</numerusform>
            <numerusform>Mark %n images not reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n image(s)</source>
        <translation>
            <numerusform>Flag %n image</numerusform>
            <numerusform>Flag %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n image(s)</source>
        <translation>
            <numerusform>Unflag %n image</numerusform>
            <numerusform>Unflag %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::DocumentController</name>
    <message numerus="yes">
        <source>%1 was not opened again, so its unsaved edits were not re-applied. They stay in its journal and are offered back when it is opened.</source>
        <translation>
            <numerusform>%1 was not opened again, so its unsaved edits were not re-applied. They stay in its journal and are offered back when it is opened.</numerusform>
            <numerusform>%1 were not opened again, so their unsaved edits were not re-applied. They stay in their journals and are offered back when they are opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited cell(s) of %1 could not be restored: %1 no longer has the images they were on.</source>
        <translation>
            <numerusform>%n edited cell of %1 could not be restored: %1 no longer has the image it was on.</numerusform>
            <numerusform>%n edited cells of %1 could not be restored: %1 no longer has the images they were on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::EditTools</name>
    <message numerus="yes">
        <source>Deleted %n cell(s).</source>
        <translation>
            <numerusform>Deleted %n cell.</numerusform>
            <numerusform>Deleted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n cell(s) into cell %1.</source>
        <translation>
            <numerusform>Merged %n cell into cell %1.</numerusform>
            <numerusform>Merged %n cells into cell %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::FindingsDock</name>
    <message numerus="yes">
        <source>Quality checks: %n finding(s) in %L1 s.</source>
        <translation>
            <numerusform>Quality checks: %n finding in %L1 s.</numerusform>
            <numerusform>Quality checks: %n findings in %L1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n image(s)</source>
        <translation>
            <numerusform> on %n image</numerusform>
            <numerusform> on %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dismissed</source>
        <translation>
            <numerusform>, %n dismissed</numerusform>
            <numerusform>, %n dismissed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ImageBrowserDock</name>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 of %n image</numerusform>
            <numerusform>%1 of %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::MainWindow</name>
    <message numerus="yes">
        <source>Opened %n annotation file(s): %L1 images, %L2 cells.</source>
        <translation>
            <numerusform>Opened %n annotation file: %L1 images, %L2 cells.</numerusform>
            <numerusform>Opened %n annotation files: %L1 images, %L2 cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 · %L2 px² · %n vertices</source>
        <translation>
            <numerusform>Cell %1 · %L2 px² · %n vertex</numerusform>
            <numerusform>Cell %1 · %L2 px² · %n vertices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Model %1: %n image(s) segmented.</source>
        <translation>
            <numerusform>Model %1: %n image segmented.</numerusform>
            <numerusform>Model %1: %n images segmented.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n prediction(s)</source>
        <translation>
            <numerusform>Saved %n prediction</numerusform>
            <numerusform>Saved %n predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s) to %1.</source>
        <translation>
            <numerusform>on %n image to %1.</numerusform>
            <numerusform>on %n images to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by the display filters (cell types, annotation sets, predictions layer).</source>
        <translation>
            <numerusform>%n more hidden by the display filters (cell types, annotation sets, predictions layer).</numerusform>
            <numerusform>%n more hidden by the display filters (cell types, annotation sets, predictions layer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n annotation file(s) from disk: %L1 images, %L2 cells.</source>
        <translation>
            <numerusform>Reloaded %n annotation file from disk: %L1 images, %L2 cells.</numerusform>
            <numerusform>Reloaded %n annotation files from disk: %L1 images, %L2 cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::MaskExportController</name>
    <message numerus="yes">
        <source>Write label images for the %n image(s) of %1 to %2?</source>
        <translation>
            <numerusform>Write a label image for the %n image of %1 to %2?</numerusform>
            <numerusform>Write label images for the %n images of %1 to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote masks of %n image(s) to %1.</source>
        <translation>
            <numerusform>Wrote masks of %n image to %1.</numerusform>
            <numerusform>Wrote masks of %n images to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::MaskExporter</name>
    <message numerus="yes">
        <source>%1: not enough memory to export the masks of its %n image(s)</source>
        <translation>
            <numerusform>%1: not enough memory to export the masks of its %n image</numerusform>
            <numerusform>%1: not enough memory to export the masks of its %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ModelInfo</name>
    <message numerus="yes">
        <source>Its sidecar lists the %n image(s) it learnt from: its scores on those are in-sample.</source>
        <translation>
            <numerusform>Its sidecar lists the %n image it learnt from: its scores on it are in-sample.</numerusform>
            <numerusform>Its sidecar lists the %n images it learnt from: its scores on those are in-sample.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ModelReviewDock</name>
    <message numerus="yes">
        <source>%1 learnt from %n of the images segmented: its scores there are in-sample and overstate how it does on new images.</source>
        <translation>
            <numerusform>%1 learnt from %n of the images segmented: its scores there are in-sample and overstate how it does on new images.</numerusform>
            <numerusform>%1 learnt from %n of the images segmented: its scores there are in-sample and overstate how it does on new images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::NuclearCountWindow</name>
    <message numerus="yes">
        <source>%1: %n counted image(s).</source>
        <translation>
            <numerusform>%1: %n counted image.</numerusform>
            <numerusform>%1: %n counted images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: R² = %2 over %n image(s) with fewer than 1,600 cells</source>
        <translation>
            <numerusform>%1: R² = %2 over %n image with fewer than 1,600 cells</numerusform>
            <numerusform>%1: R² = %2 over %n images with fewer than 1,600 cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting cells in %n image(s) with %1…</source>
        <translation>
            <numerusform>Counting cells in %n image with %1…</numerusform>
            <numerusform>Counting cells in %n images with %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (cancelled, %n image(s))</source>
        <translation>
            <numerusform>%1 (cancelled, %n image)</numerusform>
            <numerusform>%1 (cancelled, %n images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::PasteCells</name>
    <message numerus="yes">
        <source>None of the %n cell(s) fits this image: %1</source>
        <translation>
            <numerusform>The %n cell does not fit this image: %1</numerusform>
            <numerusform>None of the %n cells fits this image: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::PredictionReview</name>
    <message numerus="yes">
        <source>The model run was cancelled; %n image(s) are done.</source>
        <translation>
            <numerusform>The model run was cancelled; %n image is done.</numerusform>
            <numerusform>The model run was cancelled; %n images are done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be segmented: %1</source>
        <translation>
            <numerusform>%n image could not be segmented: %1</numerusform>
            <numerusform>%n images could not be segmented: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prediction(s) from %1.</source>
        <translation>
            <numerusform>Imported %n prediction from %1.</numerusform>
            <numerusform>Imported %n predictions from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough memory to show the model&apos;s predictions on %n image(s).</source>
        <translation>
            <numerusform>Not enough memory to show the model&apos;s predictions on %n image.</numerusform>
            <numerusform>Not enough memory to show the model&apos;s predictions on %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough memory to start the model run on %n image(s).</source>
        <translation>
            <numerusform>Not enough memory to start the model run on %n image.</numerusform>
            <numerusform>Not enough memory to start the model run on %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::Qc</name>
    <message numerus="yes">
        <source>Cell %1&apos;s outline meets itself %n time(s), first at (%2, %3).</source>
        <translation>
            <numerusform>Cell %1&apos;s outline meets itself %n time, first at (%2, %3).</numerusform>
            <numerusform>Cell %1&apos;s outline meets itself %n times, first at (%2, %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not in %2; its %n annotation(s) cannot be shown.</source>
        <translation>
            <numerusform>%1 is not in %2; its %n annotation cannot be shown.</numerusform>
            <numerusform>%1 is not in %2; its %n annotations cannot be shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) (%2) refer to image id %1, which is not in the file&apos;s images.</source>
        <translation>
            <numerusform>%n annotation (%2) refers to image id %1, which is not in the file&apos;s images.</numerusform>
            <numerusform>%n annotations (%2) refer to image id %1, which is not in the file&apos;s images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ReviewDock</name>
    <message numerus="yes">
        <source>%n flagged on this image</source>
        <translation>
            <numerusform>%n flagged on this image</numerusform>
            <numerusform>%n flagged on this image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the flag of %n cell(s).</source>
        <translation>
            <numerusform>Cleared the flag of %n cell.</numerusform>
            <numerusform>Cleared the flags of %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flagged %n cell(s).</source>
        <translation>
            <numerusform>Flagged %n cell.</numerusform>
            <numerusform>Flagged %n cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ReviewEvaluation</name>
    <message numerus="yes">
        <source>Not enough memory to evaluate the predictions on %n image(s).</source>
        <translation>
            <numerusform>Not enough memory to evaluate the predictions on %n image.</numerusform>
            <numerusform>Not enough memory to evaluate the predictions on %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::SelectTool</name>
    <message numerus="yes">
        <source>%n cell(s) selected.</source>
        <translation>
            <numerusform>%n cell selected.</numerusform>
            <numerusform>%n cells selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::StatisticsWindow</name>
    <message numerus="yes">
        <source>%n split(s): %L1 images, %L2 cells.</source>
        <translation>
            <numerusform>%n split: %L1 images, %L2 cells.</numerusform>
            <numerusform>%n splits: %L1 images, %L2 cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::cli::info</name>
    <message numerus="yes">
        <source>%n image(s) of this file are not in the source</source>
        <translation>
            <numerusform>%n image of this file is not in the source</numerusform>
            <numerusform>%n images of this file are not in the source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::cli::segment</name>
    <message numerus="yes">
        <source>livecell-cli segment: %n image(s) of %1 are not in %2, e.g. %3
</source>
        <translation>
            <numerusform>livecell-cli segment: %n image of %1 is not in %2: %3
</numerusform>
            <numerusform>livecell-cli segment: %n images of %1 are not in %2, e.g. %3
</numerusform>
        </translation>
    </message>
</context>
</TS>
