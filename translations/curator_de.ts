<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCell</name>
    <message>
        <source>Image %1 is not part of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCells</name>
    <message numerus="yes">
        <source>Delete %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletePolygonVertex</name>
    <message>
        <source>Delete vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalExport</name>
    <message>
        <source>Cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalFindings</name>
    <message numerus="yes">
        <source>%n prediction(s) refer to %1 image id(s) that are not in the ground truth (%2); they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) have a category that the ground truth does not declare; they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) have an undeclared category; they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) refer to an image id not in the ground truth&apos;s images; they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) have no score; they were evaluated with score 1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lowest-scored prediction(s) exceed the per-image maximum of detections and were not evaluated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ground truth declares no category; the categories of its annotations were used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a zip archive nor a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsertPolygonVertex</name>
    <message>
        <source>Insert vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <source>%n unsaved change(s) to %1 from %2 (last: %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCells</name>
    <message numerus="yes">
        <source>Merge %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveCells</name>
    <message numerus="yes">
        <source>Move %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovePolygonVertex</name>
    <message>
        <source>Cell %1 has no vertex %2 in outline %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonJsonWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCellFlag</name>
    <message numerus="yes">
        <source>Flag %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetInfo</name>
    <message>
        <source>train %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceBuffer</name>
    <message>
        <source>%1: cannot open file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot map file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitCell</name>
    <message>
        <source>Split cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (libtiff: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a TIFF, PNG or other readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the zip archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of cells per image must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split must be train, val or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells are %1 px apart; only cells that touch or are at most %2 px apart can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells could not be joined into one outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; the mask uses the size in the annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px but the annotation file says %4 × %5; the mask follows the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, its size is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;format&quot; must be &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;formatVersion&quot; must be %2 (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::AcceptPrediction</name>
    <message>
        <source>There is no such prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predicted mask is %1 × %2 px but the image is %3 × %4 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::CellEditCommand</name>
    <message>
        <source>Cell %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell id %1 occurs more than once in the file; it cannot be edited safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 belongs to an image that is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 is stored as a mask (RLE), not a polygon; its outline cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::CellTableDock</name>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::CellTableModel</name>
    <message>
        <source>crowd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>degenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon area in square pixels (the annotation&apos;s area field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, top, width × height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection score, for results files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::CocoWriter</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not complete the save (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::DisplayPresets</name>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background flattened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::DistributionLocator</name>
    <message>
        <source>%1 is not a readable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LIVECell images, annotation files or nuclear count benchmark found in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Document</name>
    <message>
        <source>Edits can only be restored into a freshly opened file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) reviewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) not reviewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit image note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::FieldReader</name>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2.%3&quot; must be %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::FolderImageSource</name>
    <message>
        <source>%1 is not a readable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the limit of %3 bytes; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ImageBrowserDock</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows images whose file name or set contains every word typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation set or split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well of the 96-well plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time point since the start of imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cell types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ImageBrowserModel</name>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unannotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded annotation file refers to this image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ImageCanvas</name>
    <message>
        <source>Open a LIVECell distribution folder, an images.zip with annotation files, or a COCO JSON file with File ▸ Open, or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image data for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Journal</name>
    <message>
        <source>%1 is in use by another running session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the recovery journal (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot continue the recovery journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing the recovery journal failed (%2); unsaved edits are not protected against a crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the recovery journal (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a recovery journal (no valid header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::JournalReplayer</name>
    <message>
        <source>The journal restores annotation %1 as it was in the file, but the file has no such annotation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::MainWindow</name>
    <message>
        <source>%L1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n annotation file(s): %L1 images, %L2 cells.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time point %1 of %2 in this series (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier time point of this well, position and crop is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later time point of this well, position and crop is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 · %L2 px² · %n vertices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>x %1, y %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open annotation files (.json) and an images.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a LIVECell distribution folder or a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export View as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Whole &amp;Image with Cells as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill C&amp;ells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous &amp;Time Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next T&amp;ime Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same well, position and crop 4 hours earlier (or the nearest earlier time point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same well, position and crop 4 hours later (or the nearest later time point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Annotations and Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVECell files (*.json *.zip);;COCO annotations (*.json);;Image archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LIVECell Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image with Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LIVECell Curator %1&lt;/h3&gt;&lt;p&gt;A desktop application to browse, curate and evaluate the LIVECell label-free live-cell segmentation dataset.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::MaskContour</name>
    <message>
        <source>The mask is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing the mask failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction has no outline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::MaskExporter</name>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::MaskRenderer</name>
    <message>
        <source>%1 cells do not fit a 16-bit label image (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image size is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask of annotation %1 is %2 × %3 px, the image %4 × %5 px.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::MergeCells</name>
    <message>
        <source>Select at least two cells to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cells of the same image can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ModelSidecar</name>
    <message>
        <source>%1: cannot read the model description: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model description larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;model&quot; must name the .onnx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multiple of input.divisor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a quarter of input.tileSize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (the network must take one grayscale channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;softmax&quot;, &quot;none&quot; or &quot;sigmoid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of distinct names out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of at most %1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list that includes &quot;interior&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list with &quot;foreground&quot;, &quot;background&quot; or &quot;boundary&quot; besides &quot;interior&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::NuclearCounts</name>
    <message>
        <source>the count &quot;%1&quot; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count %1 is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a count (a string such as &quot;123&quot; or a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid counts file at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;&lt;file name&gt;&quot;: &lt;count&gt;, …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (image &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is listed twice (first at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::OverlayStyle</name>
    <message>
        <source>By cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By annotation set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::PolygonSplit</name>
    <message>
        <source>Draw a line across the cell to split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line must cross the cell&apos;s outline twice: draw it from outside, across the cell, to outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the split cell would not be a valid cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::PolygonUnion</name>
    <message>
        <source>Nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged outline is not a valid cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Qc</name>
    <message>
        <source> (ring %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has a ring with an odd number of coordinates (%2)%3; its last number is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has a ring with only %2 distinct vertices%3; a ring needs at least 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cell %1&apos;s outline meets itself %n time(s), first at (%2, %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1 has a vertex at (%2, %3), %4 px outside the %5 × %6 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1&apos;s area field is %2 px², but its segmentation covers %3 px².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1&apos;s bbox field is [%2, %3, %4, %5], but its segmentation spans [%6, %7, %8, %9].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has no segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has zero area: all its vertices lie on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 covers %2 px², %3 times smaller than the median %4 cell (%5 px², robust z = %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 covers %2 px², %3 times larger than the median %4 cell (%5 px², robust z = %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-intersecting rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon ring crosses or touches itself, or folds back on itself. Repeated consecutive vertices are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degenerate rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon ring has fewer than 3 distinct vertices, or the annotation has no segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd coordinate counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon ring has an odd number of coordinates; the last one is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vertex lies left of 0, above 0, right of the image width or below its height. Vertices exactly on x = width or y = height are legitimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area field inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation&apos;s area field differs from its polygon&apos;s shoelace area (or an RLE&apos;s pixel count) by more than the tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area difference (px²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation&apos;s bbox field differs from the extent of its polygon (or an RLE&apos;s pixel box) by more than the tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest difference (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two cells of one image whose masks overlap with an IoU at or above the near-duplicate threshold: probably one cell contoured twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two cells of one image share at least the heavy-overlap fraction of the smaller cell&apos;s mask (but are not near-duplicates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction of the smaller cell covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell area outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell&apos;s area is far from the usual area of its cell type: robust z-score of log area (median and MAD) beyond the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robust z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same image file name appears under several image ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image ids with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images in two splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image of this set is also in another loaded split (e.g. train and val), which leaks evaluation data into training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsely annotated images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has far fewer cells than its cell type and its neighbouring time points (±4 h in the same well, position and crop) suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells / expected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images without annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has no annotations at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images missing from the image source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image and its annotations are in the annotation file but its file is not in images.zip or the image folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations without image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations refer to an image id that is not in the file&apos;s images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same file name is also used by image id(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (image id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not in %2; its %n annotation(s) cannot be shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) refer to image id %1, which is not in the file&apos;s images.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cells %1 and %2 overlap with mask IoU %3 (threshold %4): probably one cell contoured twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells %1 and %2 overlap on %3 px², %4% of the smaller cell (mask IoU %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 (%2) has only %3 cells, where %4 images have a median of %5 (no neighbouring time point is loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 (%2) has only %3 cells, where %4 images have a median of %5 and the same series ±%6 h has %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ReviewState</name>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a review file (expected &quot;format&quot;: &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the review state (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::RingGeometry</name>
    <message>
        <source>The outline has an odd number of coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell needs at least 3 distinct points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell would have no area (less than %1 px²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline would cross itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::SampleDataset</name>
    <message>
        <source>This build contains no sample dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample is part of the &lt;b&gt;LIVECell&lt;/b&gt; dataset: Edlund, C. et al. “LIVECell—A large-scale dataset for label-free live cell segmentation”, &lt;i&gt;Nature Methods&lt;/i&gt; 18, 1038–1045 (2021), &lt;a href=&quot;https://github.com/sartorius-research/LIVECell&quot;&gt;github.com/sartorius-research/LIVECell&lt;/a&gt;. Licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-nc/4.0/&quot;&gt;CC BY-NC 4.0&lt;/a&gt; (non-commercial use, attribution required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract the sample dataset to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::SegmentationBatch</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Segmenter</name>
    <message>
        <source>%1: no model description beside the network (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the network: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the network&apos;s output does not have the %2 channels that %3 lists in output.channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OpenCV cannot run this network: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inference failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::SyntheticDataset</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::TiffCodec</name>
    <message>
        <source>not a TIFF file (no TIFF header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt TIFF header or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image has no pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image of %1 x %2 pixels exceeds the limit of %3 pixels per side and %4 pixels in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating-point samples are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt or truncated image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ViewSettingsDock</name>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw: stored values. Auto contrast: stretch between the 0.5 and 99.5 percentiles. CLAHE: adaptive histogram equalisation. Background flattened: shading removed, then LIVECell&apos;s normalisation (mean 128, std 11.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast from 0.1× to 10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2 cells)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Workspace</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a folder, a .zip nor a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotation files or images found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image source is open, so %1 cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Writer</name>
    <message>
        <source>%1 changed on disk since it was loaded (it is shorter now); cannot copy unedited objects from it. Save to a new file after reloading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ZipImageSource</name>
    <message>
        <source>%1 is not in the zip archive %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 declares %3 bytes, more than the limit of %4 bytes; refused (possible decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes it declares; reading stopped (possible decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 declared bytes could be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ZipWriter</name>
    <message>
        <source>Cannot create the zip archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip archive %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zip archive is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the zip archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::detail::CocoParser</name>
    <message>
        <source>annotation at %1: &apos;%2&apos; has the wrong type or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: &apos;bbox&apos; must have 4 numbers, has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: &apos;segmentation&apos; must be a list of polygons or an RLE object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: each polygon must be a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: a polygon contains something other than numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: RLE segmentation needs &apos;size&apos; [height, width] and &apos;counts&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: RLE size %2 × %3 exceeds the limit of %4 pixels per side and %5 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2: a polygon has an odd number of coordinates (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2: a polygon has fewer than 3 distinct points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has an empty segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has %3 coordinates in %4 rings, over the limit of %5 coordinates and %6 rings; it is kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has a non-finite or out-of-range coordinate (limit ±%3); it is kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1 has no valid integer &apos;id&apos; and &apos;image_id&apos;; it is kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has no &apos;segmentation&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither &apos;images&apos; nor &apos;annotations&apos; found; is this a COCO file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image at %1: &apos;%2&apos; is not a valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image at %1 has no valid integer &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 at %2 has no &apos;file_name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image id %1 is used by more than one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation id %1 is used by more than one annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name %1 appears under image ids %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 refers to image id %3, which is not in &apos;images&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more findings of the kind &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, curate and evaluate the LIVECell dataset. Without PATH, opens the bundled sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty instead of opening the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distribution folder, an images.zip with annotation files, or a COCO JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
