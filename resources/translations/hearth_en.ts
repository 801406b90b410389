<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackgroundDownloads</name>
    <message numerus="yes">
        <source>Downloading %n model(s)</source>
        <translation>
            <numerusform>Downloading %n model</numerusform>
            <numerusform>Downloading %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message numerus="yes">
        <source>%n of the catalog's repositories could not be checked just now; the rest is up to date.</source>
        <translation>
            <numerusform>%n of the catalog's repositories could not be checked just now; the rest is up to date.</numerusform>
            <numerusform>%n of the catalog's repositories could not be checked just now; the rest is up to date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsTab</name>
    <message numerus="yes">
        <source>%n unfinished download(s) from last time are paused because offline mode is on.</source>
        <translation>
            <numerusform>%n unfinished download from last time is paused because offline mode is on.</numerusform>
            <numerusform>%n unfinished downloads from last time are paused because offline mode is on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing %n unfinished download(s) from where they stopped.</source>
        <translation>
            <numerusform>Continuing %n unfinished download from where it stopped.</numerusform>
            <numerusform>Continuing %n unfinished downloads from where they stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderCard</name>
    <message numerus="yes">
        <source>Hearth now uses {folder}. The %n model(s) in {old} stay there and are no longer listed; choose that folder again, or import them, to use them.</source>
        <translation>
            <numerusform>Hearth now uses {folder}. The model in {old} stays there and is no longer listed; choose that folder again, or import it, to use it.</numerusform>
            <numerusform>Hearth now uses {folder}. The %n models in {old} stay there and are no longer listed; choose that folder again, or import them, to use them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) already have a file of the same name in the new folder, so they stay in the old one.</source>
        <translation>
            <numerusform>%n model already has a file of the same name in the new folder, so it stays in the old one.</numerusform>
            <numerusform>%n models already have a file of the same name in the new folder, so they stay in the old one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished download file(s) stay in the old folder: they are not moved and will not continue.</source>
        <translation>
            <numerusform>%n unfinished download file stays in the old folder: it is not moved and will not continue.</numerusform>
            <numerusform>%n unfinished download files stay in the old folder: they are not moved and will not continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n model(s) ({size}) to the new folder?</source>
        <translation>
            <numerusform>Move %n model ({size}) to the new folder?</numerusform>
            <numerusform>Move %n models ({size}) to the new folder?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n model(s) to {folder}…</source>
        <translation>
            <numerusform>Moving %n model to {folder}…</numerusform>
            <numerusform>Moving %n models to {folder}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The old copies of %n file(s) could not be deleted from {old}; delete them yourself to free the space.</source>
        <translation>
            <numerusform>The old copy of %n file could not be deleted from {old}; delete it yourself to free the space.</numerusform>
            <numerusform>The old copies of %n files could not be deleted from {old}; delete them yourself to free the space.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n model(s) ({size}) to {folder}.</source>
        <translation>
            <numerusform>Moved %n model ({size}) to {folder}.</numerusform>
            <numerusform>Moved %n models ({size}) to {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstalledTab</name>
    <message numerus="yes">
        <source>%n model(s) on this computer, {usable} ready to use.</source>
        <translation>
            <numerusform>%n model on this computer, {usable} ready to use.</numerusform>
            <numerusform>%n models on this computer, {usable} ready to use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message numerus="yes">
        <source>%n unfinished download(s) are paused because offline mode is on.</source>
        <translation>
            <numerusform>%n unfinished download is paused because offline mode is on.</numerusform>
            <numerusform>%n unfinished downloads are paused because offline mode is on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing %n unfinished download(s) in the background.</source>
        <translation>
            <numerusform>Continuing %n unfinished download in the background.</numerusform>
            <numerusform>Continuing %n unfinished downloads in the background.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message numerus="yes">
        <source>The models folder cannot change while %n download(s) are running, paused or waiting to be retried: their partial files are in the current folder. Let them finish, or cancel them, then try again.</source>
        <translation>
            <numerusform>The models folder cannot change while %n download is running, paused or waiting to be retried: its partial file is in the current folder. Let it finish, or cancel it, then try again.</numerusform>
            <numerusform>The models folder cannot change while %n downloads are running, paused or waiting to be retried: their partial files are in the current folder. Let them finish, or cancel them, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message numerus="yes">
        <source>%n decision(s), kept only on this computer.</source>
        <translation>
            <numerusform>%n decision, kept only on this computer.</numerusform>
            <numerusform>%n decisions, kept only on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <source>The models folder cannot change while %n download(s) are unfinished: their partial files are in the current folder. Let them finish, or cancel them in the Downloads tab, then try again.</source>
        <translation>
            <numerusform>The models folder cannot change while %n download is unfinished: its partial file is in the current folder. Let it finish, or cancel it in the Downloads tab, then try again.</numerusform>
            <numerusform>The models folder cannot change while %n downloads are unfinished: their partial files are in the current folder. Let them finish, or cancel them in the Downloads tab, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough free space on the disk of {folder}: moving %n model(s) needs {need} and {free} is free. Free some space, choose another folder, or leave the models where they are.</source>
        <translation>
            <numerusform>Not enough free space on the disk of {folder}: moving %n model needs {need} and {free} is free. Free some space, choose another folder, or leave the model where it is.</numerusform>
            <numerusform>Not enough free space on the disk of {folder}: moving %n models needs {need} and {free} is free. Free some space, choose another folder, or leave the models where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving the models failed ({reason}) and %n file(s) could not be put back; they are complete and in {folder}. No file was lost.</source>
        <translation>
            <numerusform>Moving the models failed ({reason}) and %n file could not be put back; it is complete and in {folder}. No file was lost.</numerusform>
            <numerusform>Moving the models failed ({reason}) and %n files could not be put back; they are complete and in {folder}. No file was lost.</numerusform>
        </translation>
    </message>
</context>
</TS>
