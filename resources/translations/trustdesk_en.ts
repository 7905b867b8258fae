<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Questions</name>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message numerus="yes">
            <source>Show %n changes ▾</source>
            <translation>
                <numerusform>Show %n change ▾</numerusform>
                <numerusform>Show %n changes ▾</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Trends</name>
        <message numerus="yes">
            <source>%n answers</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
    </context>
</TS>