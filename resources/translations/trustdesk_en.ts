<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Agreement</name>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n moved</numerusform>
                <numerusform>%n moved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n boundaries have reached their review date. There is no rush: look at them when it suits you.</source>
            <translation>
                <numerusform>One boundary has reached its review date. There is no rush: look at it when it suits you.</numerusform>
                <numerusform>%n boundaries have reached their review date. There is no rush: look at them when it suits you.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n boundaries have reached their review date. There is no rush: look at them together when it suits you both.</source>
            <translation>
                <numerusform>One boundary has reached its review date. There is no rush: look at it together when it suits you both.</numerusform>
                <numerusform>%n boundaries have reached their review date. There is no rush: look at them together when it suits you both.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The heading “{title}” and its %n boundaries leave the draft. Undo brings them back.</source>
            <translation>
                <numerusform>The heading “{title}” and its %n boundary leave the draft. Undo brings them back.</numerusform>
                <numerusform>The heading “{title}” and its %n boundaries leave the draft. Undo brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n chosen suggestions as drafts</source>
            <translation>
                <numerusform>Add %n chosen suggestion as a draft</numerusform>
                <numerusform>Add %n chosen suggestions as drafts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n as drafts</source>
            <translation>
                <numerusform>Add %n as a draft</numerusform>
                <numerusform>Add %n as drafts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n chosen — you can change every word later</source>
            <translation>
                <numerusform>%n chosen — you can change every word later</numerusform>
                <numerusform>%n chosen — you can change every word later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n clauses</source>
            <translation>
                <numerusform>Move %n clause</numerusform>
                <numerusform>Move %n clauses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n boundaries</source>
            <translation>
                <numerusform>%n boundary</numerusform>
                <numerusform>%n boundaries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Check-in</name>
        <message numerus="yes">
            <source>Every %n days</source>
            <translation>
                <numerusform>Every %n day</numerusform>
                <numerusform>Every %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message numerus="yes">
            <source>about %n years ago</source>
            <translation>
                <numerusform>about %n year ago</numerusform>
                <numerusform>about %n years ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n check-in</numerusform>
                <numerusform>%n check-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n appreciations</source>
            <translation>
                <numerusform>%n appreciation</numerusform>
                <numerusform>%n appreciations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks ago</source>
            <translation>
                <numerusform>%n week ago</numerusform>
                <numerusform>%n weeks ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months ago</source>
            <translation>
                <numerusform>%n month ago</numerusform>
                <numerusform>%n months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than %n years ago</source>
            <translation>
                <numerusform>more than %n year ago</numerusform>
                <numerusform>more than %n years ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more in the agreement</source>
            <translation>
                <numerusform>and %n more in the agreement</numerusform>
                <numerusform>and %n more in the agreement</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message numerus="yes">
            <source>%n entries written to {file}.</source>
            <translation>
                <numerusform>%n entry written to {file}.</numerusform>
                <numerusform>%n entries written to {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message numerus="yes">
            <source>TrustDesk locks itself after %n minutes without use.</source>
            <translation>
                <numerusform>TrustDesk locks itself after %n minute without use.</numerusform>
                <numerusform>TrustDesk locks itself after %n minutes without use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Password</name>
        <message numerus="yes">
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Use at least %n character.</numerusform>
                <numerusform>Use at least %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more characters, please.</source>
            <translation>
                <numerusform>%n more character, please.</numerusform>
                <numerusform>%n more characters, please.</numerusform>
            </translation>
        </message>
    </context>
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
        <name>Recovery</name>
        <message numerus="yes">
            <source>%n more characters of the code.</source>
            <translation>
                <numerusform>%n more character of the code.</numerusform>
                <numerusform>%n more characters of the code.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>We have not opened the first of our %n steps yet.</source>
            <translation>
                <numerusform>We have not opened our one step yet.</numerusform>
                <numerusform>We have not opened the first of our %n steps yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins in this period, the first on {first} and the latest on {last}.</source>
            <translation>
                <numerusform>%n check-in in this period, the first on {first} and the latest on {last}.</numerusform>
                <numerusform>%n check-ins in this period, the first on {first} and the latest on {last}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message numerus="yes">
            <source>(%n more boundaries also wait.)</source>
            <translation>
                <numerusform>(%n more boundary also waits.)</numerusform>
                <numerusform>(%n more boundaries also wait.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message numerus="yes">
            <source>%n yeses given</source>
            <translation>
                <numerusform>%n yes given</numerusform>
                <numerusform>%n yeses given</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n boundaries agreed</source>
            <translation>
                <numerusform>%n boundary agreed</numerusform>
                <numerusform>%n boundaries agreed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reworded</source>
            <translation>
                <numerusform>%n reworded</numerusform>
                <numerusform>%n reworded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes suggested</source>
            <translation>
                <numerusform>%n change suggested</numerusform>
                <numerusform>%n changes suggested</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreements taken back</source>
            <translation>
                <numerusform>%n agreement taken back</numerusform>
                <numerusform>%n agreements taken back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired</source>
            <translation>
                <numerusform>%n retired</numerusform>
                <numerusform>%n retired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review dates set</source>
            <translation>
                <numerusform>%n review date set</numerusform>
                <numerusform>%n review dates set</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reasons put into words</source>
            <translation>
                <numerusform>%n reason put into words</numerusform>
                <numerusform>%n reasons put into words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n headings changed</source>
            <translation>
                <numerusform>%n heading changed</numerusform>
                <numerusform>%n headings changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show %n changes ▾</source>
            <translation>
                <numerusform>Show %n change ▾</numerusform>
                <numerusform>Show %n changes ▾</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes; Space hides them</source>
            <translation>
                <numerusform>%n change; Space hides it</numerusform>
                <numerusform>%n changes; Space hides them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes; Space shows them</source>
            <translation>
                <numerusform>%n change; Space shows it</numerusform>
                <numerusform>%n changes; Space shows them</numerusform>
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