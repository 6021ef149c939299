<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name />
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="16" />
            <source>notices</source>
            <comment>Handed over in person</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="18" />
            <source>notices</source>
            <comment>Content-certified mail with delivery certificate (内容証明・配達証明)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="20" />
            <source>notices</source>
            <comment>Ordinary mail</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="21" />
            <source>notices</source>
            <comment>E-mail</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="22" />
            <source>notices</source>
            <comment>Refused to accept</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="23" />
            <source>notices</source>
            <comment>Review by the shop</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="24" />
            <source>notices</source>
            <comment>Appeal by the person</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="25" />
            <source>notices</source>
            <comment>Pending</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="26" />
            <source>notices</source>
            <comment>Upheld</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="27" />
            <source>notices</source>
            <comment>Shortened</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="28" />
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="32" />
            <source>notices</source>
            <comment>Revoked</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="29" />
            <source>notices</source>
            <comment>Not yet in force</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="30" />
            <source>notices</source>
            <comment>Active</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="31" />
            <source>notices</source>
            <comment>Expired</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="46" />
            <source>notices</source>
            <comment>Japanese only</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="47" />
            <source>notices</source>
            <comment>English only</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="48" />
            <source>notices</source>
            <comment>Norwegian only</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="49" />
            <source>notices</source>
            <comment>Japanese and Norwegian side by side</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="58" />
            <source>notices</source>
            <comment>the facts are not confirmed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="59" />
            <source>notices</source>
            <comment>the verdict is not harassment</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="37" />
            <source>notices</source>
            <comment>Label: notice number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="38" />
            <source>notices</source>
            <comment>Number shown in the preview</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="39" />
            <source>notices</source>
            <comment>Label: date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="40" />
            <source>notices</source>
            <comment>Label: the person</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="41" />
            <source>notices</source>
            <comment>After the name (e.g. 殿)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="42" />
            <source>notices</source>
            <comment>When the name is unknown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="43" />
            <source>notices</source>
            <comment>Label: address</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="44" />
            <source>notices</source>
            <comment>Label: description</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="45" />
            <source>notices</source>
            <comment>Label: premises</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="46" />
            <source>notices</source>
            <comment>Premises when none are listed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="47" />
            <source>notices</source>
            <comment>Label: period</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="48" />
            <source>notices</source>
            <comment>Period with an end</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="49" />
            <source>notices</source>
            <comment>Period without an end</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="50" />
            <source>notices</source>
            <comment>Label: reason</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="51" />
            <source>notices</source>
            <comment>Sentence before the facts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="52" />
            <source>notices</source>
            <comment>Sentence after the facts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="53" />
            <source>notices</source>
            <comment>The prohibition</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="54" />
            <source>notices</source>
            <comment>Heading: breach</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="55" />
            <source>notices</source>
            <comment>What happens on a breach</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="56" />
            <source>notices</source>
            <comment>Heading: objections</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="57" />
            <source>notices</source>
            <comment>How to object</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="58" />
            <source>notices</source>
            <comment>Label: where to object</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="59" />
            <source>notices</source>
            <comment>Label: issued by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="60" />
            <source>notices</source>
            <comment>Label: company</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="61" />
            <source>notices</source>
            <comment>Label: shop</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="62" />
            <source>notices</source>
            <comment>Label: representative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="63" />
            <source>notices</source>
            <comment>Label: phone</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="64" />
            <source>notices</source>
            <comment>Seal box</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="65" />
            <source>notices</source>
            <comment>Closing (e.g. 以上)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="66" />
            <source>notices</source>
            <comment>Heading: receipt</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="67" />
            <source>notices</source>
            <comment>Receipt sentence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="68" />
            <source>notices</source>
            <comment>Receipt: date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="69" />
            <source>notices</source>
            <comment>Receipt: name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="70" />
            <source>notices</source>
            <comment>Page footer</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BanRegisterDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="48" />
            <source>Ban register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="53" />
            <source>Is this person banned?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="54" />
            <source>Is this person banned? Name, description or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="67" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="68" />
            <source>All notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="70" />
            <source>Ending within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="76" />
            <source>Notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="93" />
            <source>Show PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="94" />
            <source>Record service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="95" />
            <source>Review or appeal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="96" />
            <source>Shorten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="97" />
            <source>Revoke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="98" />
            <source>Log breach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="106" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="157" />
            <source>%n ban(s) end within 30 days: %1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="193" />
            <source>Served %1 (%2) by %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="205" />
            <source>Breach %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="211" />
            <source>Not served yet: record how the notice reached the person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="232" />
            <source>no end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="234" />
            <source>BANNED — %1: %2 (until %3). Politely refuse entry and ask them to leave; call the police if they refuse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="245" />
            <source>Not banned now. Earlier notices: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="250" />
            <source>No notice matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="312" />
            <source>Log a breach?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="314" />
            <source>Record that %1 came in despite notice %2? A new incident is created with this person as the customer; add what happened there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="330" />
            <source>Breach logged as incident %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BundleDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="54" />
            <source>Evidence bundle — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="61" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="64" />
            <source>&amp;Encrypt with a password (AES-256; opens with 7-Zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="83" />
            <source>&amp;Create bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="87" />
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="167" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="94" />
            <source>&amp;Save as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="96" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="97" />
            <source>&amp;Repeat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="98" />
            <source>Report &amp;language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="100" />
            <source>Give the password to the recipient separately (by phone or in person), never with the file. At least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="127" />
            <source>The two passwords differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="134" />
            <source>Choose where to save the bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="153" />
            <source>Making the bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="167" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="174" />
            <source>Saved %1. Manifest SHA-256: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="178" />
            <source>Left out (failed their check; the report says so): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="186" />
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="200" />
            <source>Cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallPanel</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="61" />
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="87" />
            <source>▶ Start call timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="89" />
            <source>■ End call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="97" />
            <source>Time on the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="118" />
            <source>The caller's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="122" />
            <source>Caller's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="134" />
            <source>The caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="139" />
            <source>Caller's number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="140" />
            <source>As shown on the phone; empty if withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="145" />
            <source>Who it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="148" />
            <source>Exact words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="149" />
            <source>Write what the caller said, word for word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="152" />
            <source>File into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="153" />
            <source>&amp;Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="155" />
            <source>&amp;Who it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="156" />
            <source>&amp;Exact words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="157" />
            <source>&amp;File into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="160" />
            <source>File the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="182" />
            <source>Shop's limit: %1 min per call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="231" />
            <source>Within the limit (%1 left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="232" />
            <source>Warn the caller now: the call ends in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="233" />
            <source>Limit reached: read this out, then hang up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="235" />
            <source>No call running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="263" />
            <source>Calls from this number in the last %1 days: %2 (this one included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="265" />
            <source>Calls from this number in the last %1 days: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="269" />
            <source>Repeated calls: the incident is marked as such when filed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="279" />
            <source>A new incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="311" />
            <source>Caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="312" />
            <source>a withheld number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="313" />
            <source>Phone call from %1 (%2 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="320" />
            <source>Not filed: %1
The call and your notes are still here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="325" />
            <source>Filed into %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="340" />
            <source>The logbook is locked. The timer runs on; unlock to file the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="360" />
            <source>Call not filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="361" />
            <source>This call is not filed yet. Close anyway and lose it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallScripts</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="57" />
            <source>Tell the caller: the call has gone on for a long time and will end in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="62" />
            <source>Tell the caller: you cannot continue the conversation and will end the call now. Then hang up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="67" />
            <source>Listen calmly and write down the exact words. Never argue.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosePage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="55" />
            <source>7. Decide and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="56" />
            <source>Record what was done. Finish saves everything in one go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="70" />
            <source>No-return notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="76" />
            <source>Reason to issue it anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="78" />
            <source>Reason to issue it an&amp;yway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="87" />
            <source>Afterwards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="91" />
            <source>What we change to prevent it happening again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="92" />
            <source>Use as a training case (anonymised)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="96" />
            <source>Status to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="99" />
            <source>Reason for the status change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="101" />
            <source>Needed when going back, or closing with follow-ups still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="105" />
            <source>What we &amp;change to prevent it happening again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="107" />
            <source>&amp;Status to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="108" />
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="161" />
            <source>Suggested (★): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="172" />
            <source>Issued although: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="194" />
            <source>A notice may be issued: the facts are confirmed, harassment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="196" />
            <source>Not on the merits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="199" />
            <source>Allowed with the reason given (it is recorded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="201" />
            <source>Give a reason below to issue it anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="218" />
            <source>%1 (unchanged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="220" />
            <source>%1 (not yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="228" />
            <source>Finish will be refused for this status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="230" />
            <source>Allowed with the reason given (it is recorded):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CostsTab</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="80" />
            <source>Total: %1 min (%2 h %3 min), ¥%4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="266" />
            <source>%1 is set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="185" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="195" />
            <source>%1: now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="197" />
            <source>%1 is known</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteEvidenceDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="31" />
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="32" />
            <source>Delete evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="43" />
            <source>The file's content is erased for good: nobody, not even with the recovery key, can open it again. The record of the file (name, size, SHA-256) and your reason stay in the logbook and its audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="52" />
            <source>Reason for deleting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="54" />
            <source>Why is it deleted? (for example: photo of another customer by mistake)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="58" />
            <source>&amp;Reason (required):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="60" />
            <source>I understand that the file cannot be recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="65" />
            <source>Delete for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="94" />
            <source>The reason is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="97" />
            <source>Write the reason first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EncryptedMediaDevice</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_device.py" line="64" />
            <source>Evidence can only be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceInfo</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="19" />
            <source>Evidence details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="33" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="34" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="35" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="35" />
            <source>%1 (%2 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="37" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="38" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="38" />
            <source>%1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="41" />
            <source>File modified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="42" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="44" />
            <source>Camera clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="46" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="50" />
            <source>%1 by %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="51" />
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceListModel</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="178" />
            <source>Imported %1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="180" />
            <source>Integrity: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="185" />
            <source>Deleted %1 by %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceOperations</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="89" />
            <source>An import is already running; wait until it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="95" />
            <source>Not enough free disk space: the files need %1, the logbook's disk has %2 free. Nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="109" />
            <source>Adding %n file(s) (%1)…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="121" />
            <source>The import was abandoned: the logbook was locked or another incident was chosen. Nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="132" />
            <source>Added %n file(s) (%1).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="139" />
            <source>The import was cancelled; nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="163" />
            <source>The export was cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="171" />
            <source>Exported %1 to %2 (content checked against its SHA-256).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="176" />
            <source>Exporting %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="211" />
            <source>Checking the evidence files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="238" />
            <source>The check was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="240" />
            <source>%n file(s) failed the integrity check: see the red marks.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="243" />
            <source>All %n file(s) are intact.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>EvidencePane</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="53" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="67" />
            <source>Evidence files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="90" />
            <source>Add files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="93" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="96" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="99" />
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="102" />
            <source>Check integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="115" />
            <source>Evidence status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="210" />
            <source>Select an incident to see its evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="212" />
            <source>No evidence yet. Drop photos, videos or recordings here, or use “Add files…”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="216" />
            <source>%n file(s), %1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="229" />
            <source>Add evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="230" />
            <source>Evidence (*.jpg *.jpeg *.png *.heic *.gif *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.3gp *.mp3 *.m4a *.wav *.amr *.ogg *.flac *.pdf);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="240" />
            <source>Select an incident first, then add its evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="247" />
            <source>%1 is a folder: open it and choose the files inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="250" />
            <source>%1 is not there (moved or deleted?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="252" />
            <source>The other files are added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="286" />
            <source>Only files on this computer can be added: save the file first, then drop it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="310" />
            <source>%1 was deleted: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="319" />
            <source>This kind of file cannot be shown here; export it and open it with another program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="348" />
            <source>Export evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="382" />
            <source>Deleted %1. The reason is kept in the logbook.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FactsPage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="50" />
            <source>2. Facts and witnesses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="53" />
            <source>Hear the staff involved, colleagues and managers; keep CCTV and recordings. Confirm the facts before judging.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="57" />
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="61" />
            <source>Evidence on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="66" />
            <source>Statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="71" />
            <source>Add: staff involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="72" />
            <source>Add: colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="73" />
            <source>Add: manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="92" />
            <source>Confirm the facts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="95" />
            <source>Only tick this once the facts are checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="96" />
            <source>The facts are confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="100" />
            <source>Confirmed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="102" />
            <source>Confirmed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="104" />
            <source>Confirmed &amp;by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="105" />
            <source>Confirmed &amp;at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="124" />
            <source>No evidence files yet: add them in the incident's evidence tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="126" />
            <source>Evidence can be added once the incident is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="168" />
            <source>Staff involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="169" />
            <source>Colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="170" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="190" />
            <source>The facts rest on a single source: one person's account and no evidence file. Hear a colleague or a manager too, or keep CCTV or a recording, before judging.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="22" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="52" />
            <source>Not saved. %1
Nothing you typed was lost: correct it and save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="60" />
            <source>Not saved: someone else saved this incident after you opened it. Your text is still here. Copy what you need, close this window, open the incident again and apply your changes there.
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="65" />
            <source>Not saved: %1
Nothing you typed was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="72" />
            <source>Saved %1 (version %2) at %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="52" />
            <source>Search words, names, places… (Ctrl+F)</source>
            <translation>言葉・名前・場所で検索…（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="53" />
            <source>Search incidents</source>
            <translation>事案を検索</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="56" />
            <source>All statuses</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="57" />
            <source>Filter by status</source>
            <translation>状態で絞り込み</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="58" />
            <source>All channels</source>
            <translation>すべての経路</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="59" />
            <source>Filter by channel</source>
            <translation>経路で絞り込み</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="60" />
            <source>All behaviours</source>
            <translation>すべての行為</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="61" />
            <source>Filter by behaviour</source>
            <translation>行為で絞り込み</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="64" />
            <source>From</source>
            <translation>開始日</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="67" />
            <source>First day</source>
            <translation>最初の日</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="68" />
            <source>To</source>
            <translation>終了日</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="71" />
            <source>Last day</source>
            <translation>最後の日</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="78" />
            <source>Clear filters</source>
            <translation>絞り込みを解除</translation>
        </message>
    </context>
    <context>
        <name>HeaderForm</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/header_form.py" line="60" />
            <source>What happened, in your own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/header_form.py" line="61" />
            <source>What the customer demanded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="214" />
            <source>Saved versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="228" />
            <source>Fields of the selected version</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="79" />
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="80" />
            <source>Evidence picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="92" />
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="101" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="104" />
            <source>Fit to window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="105" />
            <source>Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="106" />
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="107" />
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="139" />
            <source>%1 — evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="144" />
            <source>Decrypting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportEvidenceDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="39" />
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="40" />
            <source>Add evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="44" />
            <source>… and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="49" />
            <source>%n file(s), %1 in all</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="55" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="56" />
            <source>What does it show? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="61" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="68" />
            <source>Source detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="69" />
            <source>Camera, phone, web address… (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="71" />
            <source>The device clock was off by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="75" />
            <source>Clock offset in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="77" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="84" />
            <source>Device time minus real time: +60 s if the camera showed 14:06 at 14:05.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="90" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="91" />
            <source>&amp;Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="92" />
            <source>De&amp;tail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="93" />
            <source>Clock:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="96" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentDetail</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="33" />
            <source>Selected incident</source>
            <translation>選択した事案</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="50" />
            <source>Select an incident in the list to see it here.</source>
            <translation>一覧で事案を選ぶと、ここに内容が表示されます。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="65" />
            <source>Date and time</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="66" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="67" />
            <source>Channel</source>
            <translation>経路</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="68" />
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="69" />
            <source>Behaviour</source>
            <translation>行為</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="70" />
            <source>Demand</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="80" />
            <source>People</source>
            <translation>関係者</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="80" />
            <source>Words said</source>
            <translation>発言</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="80" />
            <source>Timeline</source>
            <translation>経過</translation>
        </message>
    </context>
    <context>
        <name>IncidentEditor</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="120" />
            <source>Exact &amp;words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="121" />
            <source>&amp;Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="122" />
            <source>&amp;People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="123" />
            <source>&amp;Statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="124" />
            <source>A&amp;ctions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="125" />
            <source>C&amp;osts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="130" />
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="147" />
            <source>The vault is locked. What you typed is kept and comes back when the vault is unlocked; nothing has been saved or lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="157" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="159" />
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="161" />
            <source>Save and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="164" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="348" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="349" />
            <source>This incident has changes that are not saved yet. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="367" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="368" />
            <source>%1 — Incident[*]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentFields</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="108" />
            <source>%1, row %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="176" />
            <source>Reference</source>
            <translation>番号</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="177" />
            <source>Date and time</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="178" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="179" />
            <source>Channel</source>
            <translation>経路</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="180" />
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="181" />
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="182" />
            <source>Behaviour</source>
            <translation>行為</translation>
        </message>
    </context>
    <context>
        <name>JudgePage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="43" />
            <source>3. Judge the complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="46" />
            <source>Not every complaint is harassment. A justified complaint gets an apology and a fix; harassment is an unacceptable manner, whatever the claim.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="51" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="52" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="53" />
            <source>Unclear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="55" />
            <source>Is there a defect or a fault of the shop?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="56" />
            <source>Is the demand about the shop's goods or services?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="62" />
            <source>1. Is the claim justified?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="70" />
            <source>2. Is the manner acceptable? Tick what applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="73" />
            <source>Prolonged (tying staff up for a long time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="74" />
            <source>Violent or threatening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="75" />
            <source>Persistent, repeated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="76" />
            <source>Discriminatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="77" />
            <source>Sexual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="88" />
            <source>The shop's own criteria that were met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="90" />
            <source>The shop's own criteria that were met, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="95" />
            <source>Who judged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="97" />
            <source>This is our judgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="101" />
            <source>Judged by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="104" />
            <source>Notes on the judgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="106" />
            <source>Judged &amp;by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="107" />
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="113" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="122" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="125" />
            <source>Next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="191" />
            <source>Some answers contradict each other or the record. The draft is still saved as it is; check these before acting on the verdict:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageCombo</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/common.py" line="59" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="43" />
            <source>Welcome to Kasuhara Desktop</source>
            <translation>Kasuhara Desktop へようこそ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="44" />
            <source>A private logbook of customer harassment, kept on this PC.</source>
            <translation>カスハラの記録を、このパソコンの中だけに安全に残します。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="47" />
            <source>This short setup creates the shop's logbook. Everything stays encrypted on this computer. First, choose the language.</source>
            <translation>この設定で、お店の記録帳を作ります。記録はすべて暗号化され、このパソコンの外には出ません。まず言語を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/list_tabs.py" line="171" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/list_tabs.py" line="175" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/list_tabs.py" line="196" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="55" />
            <source>&amp;New incident…</source>
            <translation>新しい事案(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="59" />
            <source>&amp;Open incident</source>
            <translation>事案を開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="64" />
            <source>&amp;Refresh</source>
            <translation>最新の状態に更新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="70" />
            <source>&amp;Search</source>
            <translation>検索(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="74" />
            <source>&amp;Clear filters</source>
            <translation>絞り込みを解除(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="77" />
            <source>&amp;Lock now</source>
            <translation>今すぐロック(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="82" />
            <source>S&amp;ettings…</source>
            <translation>設定(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="86" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="91" />
            <source>&amp;About Kasuhara Desktop</source>
            <translation>Kasuhara Desktop について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="99" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="108" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="113" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_menu.py" line="116" />
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="96" />
            <source>Incidents</source>
            <translation>事案一覧</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="110" />
            <source>Incident</source>
            <translation>事案</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="114" />
            <source>Evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="132" />
            <source>The logbook is locked</source>
            <translation>記録帳はロックされています</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="188" />
            <source>The incident editor is not available in this build.</source>
            <translation>このバージョンでは事案の編集画面を使えません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="257" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="354" />
            <source>Locked</source>
            <translation>ロック中</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="391" />
            <source>Logbook: %1</source>
            <translation>記録帳: %1</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="392" />
            <source>User: %1</source>
            <translation>利用者: %1</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="409" />
            <source>Kasuhara Desktop</source>
            <translation>Kasuhara Desktop</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="432" />
            <source>About Kasuhara Desktop</source>
            <translation>Kasuhara Desktop について</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/main_window.py" line="435" />
            <source>Kasuhara Desktop: an offline, encrypted logbook of customer harassment. Nothing leaves this computer.</source>
            <translation>Kasuhara Desktop: カスハラを記録する、オフラインで暗号化された記録帳です。データがこのパソコンの外に出ることはありません。</translation>
        </message>
    </context>
    <context>
        <name>MediaPlayerDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="58" />
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="59" />
            <source>Evidence recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="78" />
            <source>Play or pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="83" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="89" />
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="119" />
            <source>%1 — evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="146" />
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="155" />
            <source>Audio recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="208" />
            <source>The recording could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="217" />
            <source>This recording cannot be played here (%1). Export it and open it in another player.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="53" />
            <source>No-entry notice for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="77" />
            <source>&amp;Issue notice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="80" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="116" />
            <source>This incident has no confirmed harassment verdict (%1). Bans must not be arbitrary: judge the incident first, or give an override reason below (it is recorded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="124" />
            <source>This shop's trade is bound by statute to serve customers (inns, public baths, clinics): check that law, or ask a lawyer, before refusing anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="147" />
            <source>Duty to serve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="149" />
            <source>Inns, public baths and clinics may refuse customers only where their own law allows it. Have you checked that this refusal is allowed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="159" />
            <source>Issue the notice?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="161" />
            <source>The notice gets its number and is stored with its PDF. It cannot be edited afterwards, only shortened or revoked with a reason. Issue it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="193" />
            <source>Issued as %1. Print it or save it, then record how it was served in the ban register.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeForm</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="50" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="51" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="52" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="54" />
            <source>If the name is not known: age, clothes, glasses, when they come…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="56" />
            <source>Phone (for the lookup)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="59" />
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="61" />
            <source>To (the person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="63" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="64" />
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="118" />
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="65" />
            <source>Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="66" />
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="119" />
            <source>Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="67" />
            <source>Photo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="69" />
            <source>Date of the notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="70" />
            <source>Banned from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="71" />
            <source>Banned until (last day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="72" />
            <source>No end date (until revoked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="77" />
            <source>Premises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="78" />
            <source>One shop per line; empty: this shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="82" />
            <source>The ban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="84" />
            <source>Notice dated:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="85" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="86" />
            <source>Until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="87" />
            <source>Premises:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="89" />
            <source>Reason: the facts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="90" />
            <source>Where to object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="91" />
            <source>Override reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="93" />
            <source>Why a notice is issued without a harassment verdict (recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="95" />
            <source>Reason and objections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="97" />
            <source>Facts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="98" />
            <source>Objections to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="99" />
            <source>Override reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="102" />
            <source>Shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="103" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="104" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="105" />
            <source>Shop address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="106" />
            <source>Shop phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="109" />
            <source>Language version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="113" />
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="115" />
            <source>Shop:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="116" />
            <source>Company:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="117" />
            <source>Representative:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="120" />
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="179" />
            <source>No photo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticePdfDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="202" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeTableModel</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="64" />
            <source>No end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="69" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="69" />
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="102" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="102" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="102" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="102" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103" />
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103" />
            <source>Served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103" />
            <source>Breaches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OffencesPage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="36" />
            <source>6. Possible offences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="37" />
            <source>Points to discuss with a lawyer or the police.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="48" />
            <source>Offender known on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="50" />
            <source>Day the offender became &amp;known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="96" />
            <source>No article matches the facts recorded so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="103" />
            <source>Art. %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="105" />
            <source>(data not yet verified)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="114" />
            <source>Recorded facts that match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="119" />
            <source>Still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="123" />
            <source>Penalty: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="139" />
            <source>×%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="145" />
            <source>Complaint-only offence: a complaint must be filed within 6 months of learning who the offender is. Enter that day above to see the deadline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="149" />
            <source>Complaint-only offence: the period ended on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="151" />
            <source>Complaint-only offence: file by %1 (%2 days left).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnSitePage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="64" />
            <source>4. On-site response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="67" />
            <source>Press a button the moment you say it: the time is recorded. Ask to stop and order to leave 2-3 times each before the final warning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="77" />
            <source>Logged by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="80" />
            <source>Supervisor who decided to end it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="81" />
            <source>Logged &amp;by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="82" />
            <source>&amp;Supervisor who decided to end it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="86" />
            <source>① Told: the conversation is ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="87" />
            <source>② Asked to stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="88" />
            <source>③ Ordered to leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="89" />
            <source>④ Final warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="90" />
            <source>⑤ Called the police</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="91" />
            <source>Police arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="92" />
            <source>Recordings handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="93" />
            <source>Customer left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="105" />
            <source>Police</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="111" />
            <source>110 (emergency)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="112" />
            <source>#9110 (advice)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="114" />
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="128" />
            <source>Number called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="121" />
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="129" />
            <source>Police s&amp;tation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="122" />
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="130" />
            <source>&amp;Officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="123" />
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="131" />
            <source>&amp;Case number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="141" />
            <source>Logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="144" />
            <source>Logged steps with their times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="148" />
            <source>&amp;Undo last click</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="180" />
            <source>Decided with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="184" />
            <source>Station: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="185" />
            <source>Officers: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="186" />
            <source>Case number: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="192" />
            <source>Handed to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="245" />
            <source>Stop requests: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="246" />
            <source>Orders to leave: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="247" />
            <source>Final warnings: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="248" />
            <source>Police calls: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="253" />
            <source>Next: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="255" />
            <source>Every step of the flow is logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="278" />
            <source>Write the supervisor's name: ending the conversation is decided with a supervisor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="81" />
            <source>Owner and passphrase</source>
            <translation>オーナーとパスフレーズ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="84" />
            <source>The passphrase unlocks the logbook. Nobody can recover it for you: the recovery sheet on the next page is the only other way in.</source>
            <translation>パスフレーズで記録帳を開きます。忘れても誰にも調べられません。次のページの復旧シートだけが、もう一つの開け方です。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="89" />
            <source>Owner's &amp;name:</source>
            <translation>オーナーの名前(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="90" />
            <source>&amp;Passphrase:</source>
            <translation>パスフレーズ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="91" />
            <source>&amp;Repeat it:</source>
            <translation>もう一度入力(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="92" />
            <source>Keep the logbook &amp;in:</source>
            <translation>記録帳の保存先(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="97" />
            <source>Choose…</source>
            <translation>選ぶ…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="110" />
            <source>Type the owner's name.</source>
            <translation>オーナーの名前を入力してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="112" />
            <source>Choose a stronger passphrase: at least 8 characters, a few words.</source>
            <translation>もっと強いパスフレーズにしてください（8文字以上、いくつかの単語を組み合わせるのがおすすめ）。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="115" />
            <source>The two passphrases are not the same.</source>
            <translation>2つのパスフレーズが一致しません。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="117" />
            <source>Type the passphrase again to confirm it.</source>
            <translation>確認のため、パスフレーズをもう一度入力してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="120" />
            <source>Choose where to keep the logbook.</source>
            <translation>記録帳の保存先を選んでください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="134" />
            <source>Choose an empty folder for the logbook</source>
            <translation>記録帳用の空のフォルダーを選ぶ</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="60" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="66" />
            <source>Known outside persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="68" />
            <source>Known person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="77" />
            <source>Staff members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="79" />
            <source>Staff list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="116" />
            <source>New staff member (type below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="121" />
            <source>New person (type below)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPanel</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="111" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="115" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="117" />
            <source>&amp;Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="174" />
            <source>Save the notice as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="174" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/common.py" line="81" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/pdf_preview.py" line="49" />
            <source>Document preview</source>
            <translation>文書のプレビュー</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/pdf_preview.py" line="57" />
            <source>The preview is not available here. Save the PDF and open it to check it.</source>
            <translation>ここではプレビューを表示できません。PDFを保存して開き、内容を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="45" />
            <source>notices</source>
            <comment>Japanese and English side by side</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="57" />
            <source>notices</source>
            <comment>the incident has not been assessed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="36" />
            <source>notices</source>
            <comment>Title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="65" />
            <source>Recovery sheet</source>
            <translation>復旧シート</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="68" />
            <source>If the passphrase is ever forgotten, this sheet is the only way back into the logbook. Print it or save it, and keep it somewhere safe, away from this PC.</source>
            <translation>パスフレーズを忘れたとき、記録帳を開けるのはこのシートだけです。印刷または保存して、このパソコンとは別の安全な場所に保管してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="72" />
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="73" />
            <source>&amp;Save as PDF…</source>
            <translation>PDFとして保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="75" />
            <source>I have printed or saved the recovery sheet and keep it in a safe place.</source>
            <translation>復旧シートを印刷または保存し、安全な場所に保管しました。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="77" />
            <source>The recovery sheet is stored safely</source>
            <translation>復旧シートを安全に保管した</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="88" />
            <source>Preparing the recovery sheet…</source>
            <translation>復旧シートを作成しています…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="118" />
            <source>Sent to the printer.</source>
            <translation>プリンターに送りました。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="125" />
            <source>recovery-sheet.pdf</source>
            <translation>復旧シート.pdf</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="127" />
            <source>Save the recovery sheet</source>
            <translation>復旧シートを保存</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="127" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="149" />
            <source>Saved to %1. Copy it to a USB stick or print it, then keep it safe.</source>
            <translation>%1 に保存しました。USBメモリーにコピーするか印刷して、安全に保管してください。</translation>
        </message>
    </context>
    <context>
        <name>RegionPage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="34" />
            <source>Time zone and business</source>
            <translation>タイムゾーンと業種</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="35" />
            <source>Times of incidents are recorded in the shop's time zone.</source>
            <translation>事案の日時は、お店のタイムゾーンで記録されます。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="36" />
            <source>&amp;Time zone:</source>
            <translation>タイムゾーン(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="37" />
            <source>Type of &amp;business:</source>
            <translation>業種(&amp;B):</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="41" />
            <source>Incident report — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="49" />
            <source>&amp;Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="56" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="90" />
            <source>Checking the evidence and making the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="106" />
            <source>%1 pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="110" />
            <source>Evidence that failed its check (the report says so): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="117" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="134" />
            <source>Save the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="135" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="146" />
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResponseTexts</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="23" />
            <source>A justified complaint: apologise and put it right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="26" />
            <source>Harassment: the complaint has a basis, but the manner is unacceptable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="30" />
            <source>Harassment: no basis for the claim, unacceptable manner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="33" />
            <source>Not harassment: the claim has no basis, but it was made in an acceptable manner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="37" />
            <source>Harassment by its manner; whether the claim has a basis is not yet clear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="41" />
            <source>Not determined: the facts are unclear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="47" />
            <source>The shop is at fault (defect or mistake).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="48" />
            <source>The shop is not at fault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="49" />
            <source>Whether the shop is at fault is unclear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="52" />
            <source>The demand concerns the shop's goods or services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="55" />
            <source>The demand has nothing to do with the shop's goods or services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="58" />
            <source>Whether the demand concerns the shop's goods is unclear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="61" />
            <source>Prolonged complaint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="62" />
            <source>Violent or threatening conduct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="65" />
            <source>Continuous, persistent conduct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="66" />
            <source>Discriminatory statements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="67" />
            <source>Sexual conduct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="68" />
            <source>Meets the shop's own criterion: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="69" />
            <source>The manner was acceptable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="70" />
            <source>Nobody has confirmed the facts yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="76" />
            <source>Review the answers: some contradict each other or the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="79" />
            <source>Confirm the facts first (staff, witnesses, CCTV, recordings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="82" />
            <source>Ask the customer to stop (2-3 times), noting each request and its time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="86" />
            <source>Order the customer to leave (2-3 times), noting each order and its time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="90" />
            <source>Care for the staff member: safety first, a supervisor takes over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="93" />
            <source>Consult the police (110 or #9110) or a lawyer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="96" />
            <source>Apply the time limit to calls and meetings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="99" />
            <source>Apologise for the fault and remedy it (exchange, refund).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="102" />
            <source>Improve the service that caused the complaint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="105" />
            <source>Refuse what goes beyond a fair remedy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="108" />
            <source>Refuse the demand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="109" />
            <source>Explain politely why the demand cannot be met, and decline it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="112" />
            <source>Consider a written no-return notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="115" />
            <source>Share the case (anonymised) in training and revise the manual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="123" />
            <source>The shop is at fault, yet the demand is said to be unrelated to its goods or services. A fault of the shop makes the claim justified only when the demand is about that fault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="129" />
            <source>Recorded as a groundless refund demand, yet the shop is said to be at fault. Either the demand had a basis or the shop was not at fault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="134" />
            <source>Recorded as an unrelated demand, yet the demand is said to concern the goods. Check the behaviours ticked in step 1 against this answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="139" />
            <source>“%1” is recorded, but no matching unacceptable manner is ticked. Tick it, or untick the behaviour if it did not happen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="144" />
            <source>Judged before the facts were confirmed. Do not act on unclear facts: confirm them in step 2 first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="154" />
            <source>The incident already has that status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="155" />
            <source>Statuses go forward one step at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="156" />
            <source>Going back to an earlier status needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="159" />
            <source>Record who confirmed the facts (step 2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="162" />
            <source>The facts must be confirmed before judging (step 2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="165" />
            <source>The answers do not allow a verdict yet (step 3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="168" />
            <source>Record who made the judgement (step 3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="169" />
            <source>Record at least one action taken (apology, notice, report...).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="172" />
            <source>Follow-ups are still open; finish them or give a reason for closing anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="181" />
            <source>There is no assessment yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="182" />
            <source>The facts are not confirmed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="183" />
            <source>The verdict is not harassment: a ban would be arbitrary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="186" />
            <source>This trade is bound by statute to serve (inns, public baths, clinics): check that law with a lawyer before refusing anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="196" />
            <source>Recorded behaviour: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="197" />
            <source>On the timeline: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="198" />
            <source>Exact words (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="199" />
            <source>In the record (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="200" />
            <source>Stayed %1 min after the first order to leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="203" />
            <source>Ordered to leave; no departure recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="206" />
            <source>Happened online (public)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="207" />
            <source>Injury recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="208" />
            <source>Medical visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="209" />
            <source>Staff time spent: %1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="210" />
            <source>Money paid: ¥%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="211" />
            <source>Cost of the damage: ¥%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="217" />
            <source>threat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="218" />
            <source>coercion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="219" />
            <source>insult</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="220" />
            <source>deception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="221" />
            <source>force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="222" />
            <source>money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="223" />
            <source>injury</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="224" />
            <source>public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="225" />
            <source>damage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="231" />
            <source>No order to leave with the customer staying on is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="234" />
            <source>No medical visit recorded (a doctor's note proves the injury).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="237" />
            <source>The exact words are not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="238" />
            <source>No threat or violence recorded as the means.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="241" />
            <source>No false rumour or deception recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="244" />
            <source>Enter the day the offender became known: the 6-month complaint period runs from then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="248" />
            <source>The 6-month complaint period has passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="256" />
            <source>skipped: the verdict says the manner was acceptable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="259" />
            <source>skipped: written or online contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="265" />
            <source>The timeline is not in time order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="266" />
            <source>An order to leave is logged before any request to stop: the Tokyo manual asks the customer to stop first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="271" />
            <source>The police arrived before any call to them is logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="274" />
            <source>A logged step is earlier than the time the incident began.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="277" />
            <source>A logged step is later than the time the incident ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="280" />
            <source>Some times on the timeline cannot be compared.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResponseWizard</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="112" />
            <source>&amp;Save and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="113" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="117" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="166" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="167" />
            <source>%1 — Guided response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="203" />
            <source>Not saved: %1
Nothing you typed was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="233" />
            <source>Not saved. %1 (%2)
Nothing you typed was lost: correct it and save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="241" />
            <source>Not saved: the status cannot be changed to “%1”.
%2
Nothing you typed was lost: fix this, or choose another status in step 7.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="272" />
            <source>Unsaved response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="273" />
            <source>This response has things that are not saved yet. Save them?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="165" />
            <source>Shorten %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="166" />
            <source>Revoke %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="168" />
            <source>Review %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="170" />
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="173" />
            <source>Outcome:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="177" />
            <source>Decided by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="178" />
            <source>Decided on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="179" />
            <source>Asked for by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="184" />
            <source>New last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="185" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="115" />
            <source>Served: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="117" />
            <source>How:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="123" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="127" />
            <source>When:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="128" />
            <source>By:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="129" />
            <source>Witness:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="130" />
            <source>Tracking number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="131" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="135" />
            <source>Signed receipt (scan):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="136" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="54" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="62" />
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="90" />
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="63" />
            <source>Lock after this many idle minutes</source>
            <translation>操作がないときにロックするまでの分数</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="67" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="72" />
            <source>A new language is used from the next start.</source>
            <translation>言語の変更は、次に起動したときから反映されます。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="74" />
            <source>Program</source>
            <translation>プログラム</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="76" />
            <source>Lock when idle for:</source>
            <translation>操作がないときのロック:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="77" />
            <source>Language:</source>
            <translation>言語:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="80" />
            <source>Shop name</source>
            <translation>店名</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="81" />
            <source>Company</source>
            <translation>会社名</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="82" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="83" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="84" />
            <source>Representative</source>
            <translation>代表者</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="91" />
            <source>Time limit for a complaint call</source>
            <translation>苦情電話の対応時間の上限</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="92" />
            <source>Shop</source>
            <translation>店舗</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="94" />
            <source>Shop name:</source>
            <translation>店名:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="95" />
            <source>Company:</source>
            <translation>会社名:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="96" />
            <source>Address:</source>
            <translation>住所:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="97" />
            <source>Phone:</source>
            <translation>電話番号:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="98" />
            <source>Representative:</source>
            <translation>代表者:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="99" />
            <source>Time zone:</source>
            <translation>タイムゾーン:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="100" />
            <source>Type of business:</source>
            <translation>業種:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="101" />
            <source>Call time limit:</source>
            <translation>通話時間の上限:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="103" />
            <source>Font file for PDFs</source>
            <translation>PDF用のフォントファイル</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="104" />
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="106" />
            <source>Choose…</source>
            <translation>選ぶ…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="109" />
            <source>Looking for a Japanese font…</source>
            <translation>日本語フォントを探しています…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="115" />
            <source>PDF documents</source>
            <translation>PDF文書</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="117" />
            <source>Japanese font:</source>
            <translation>日本語フォント:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="182" />
            <source>Choose a Japanese TrueType font</source>
            <translation>日本語のTrueTypeフォントを選ぶ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="182" />
            <source>Fonts (*.ttf *.ttc)</source>
            <translation>フォント (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="203" />
            <source>No font information available.</source>
            <translation>フォントの情報はありません。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="215" />
            <source>The shop name must not be empty.</source>
            <translation>店名を入力してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="218" />
            <source>Choose a time zone from the list.</source>
            <translation>一覧からタイムゾーンを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="76" />
            <source>Kasuhara Desktop — setup</source>
            <translation>Kasuhara Desktop — 初期設定</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="77" />
            <source>&amp;Next &gt;</source>
            <translation>次へ(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="78" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; 戻る(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="79" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="80" />
            <source>&amp;Finish</source>
            <translation>完了(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="106" />
            <source>Creating the encrypted logbook… this takes a few seconds.</source>
            <translation>暗号化された記録帳を作成しています…数秒かかります。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="146" />
            <source>Recovery sheet</source>
            <translation>復旧シート</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="149" />
            <source>The logbook has been created. Print or save the recovery sheet, keep it safe, tick the box and press Finish.</source>
            <translation>記録帳を作成しました。復旧シートを印刷または保存して安全に保管し、チェックを入れてから「完了」を押してください。</translation>
        </message>
    </context>
    <context>
        <name>ShopPage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="33" />
            <source>Your shop</source>
            <translation>お店の情報</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="35" />
            <source>These details are printed on reports and notices. Only the name is required.</source>
            <translation>報告書や通知書に印刷されます。必須なのは店名だけです。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="38" />
            <source>Shop &amp;name:</source>
            <translation>店名(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="39" />
            <source>&amp;Company:</source>
            <translation>会社名(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="40" />
            <source>&amp;Address:</source>
            <translation>住所(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="41" />
            <source>&amp;Phone:</source>
            <translation>電話番号(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="42" />
            <source>&amp;Representative:</source>
            <translation>代表者(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="47" />
            <source>e.g. Sakura Mart Nakano</source>
            <translation>例: さくらマート 中野店</translation>
        </message>
    </context>
    <context>
        <name>StaffCarePage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="48" />
            <source>5. Care for the staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="51" />
            <source>Safety first: a supervisor takes over and separates the staff member from the customer. Then plan check-ins in the days after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="61" />
            <source>Staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="62" />
            <source>&amp;Add staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="66" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="72" />
            <source>Staff members cared for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="80" />
            <source>Care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="82" />
            <source>Safe and separated from the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="84" />
            <source>Injured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="86" />
            <source>Saw a doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="88" />
            <source>Referred to a specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="92" />
            <source>Supervisor who took &amp;over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="94" />
            <source>What in&amp;jury</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="96" />
            <source>&amp;Days off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="98" />
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="108" />
            <source>Check-ins and follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="110" />
            <source>Plan standard check-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="111" />
            <source>The next day, after one week and after one month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="118" />
            <source>Add a &amp;follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="253" />
            <source>No check-ins planned yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="263" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="266" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="267" />
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="274" />
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="268" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="271" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="99" />
            <source>Passphrase strength</source>
            <translation>パスフレーズの強さ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="111" />
            <source>Very weak</source>
            <translation>とても弱い</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="112" />
            <source>Weak</source>
            <translation>弱い</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="113" />
            <source>Fair</source>
            <translation>まずまず</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="114" />
            <source>Good</source>
            <translation>良い</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="115" />
            <source>Strong</source>
            <translation>強い</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="124" />
            <source>At least 8 characters; a few words work well.</source>
            <translation>8文字以上。いくつかの単語を組み合わせるのがおすすめです。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="126" />
            <source>Too short: at least 8 characters.</source>
            <translation>短すぎます（8文字以上）。</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="60" />
            <source>Period summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="67" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="69" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="70" />
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="71" />
            <source>This quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="72" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="73" />
            <source>Custom range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="85" />
            <source>&amp;Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="90" />
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="94" />
            <source>&amp;From – to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="95" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="158" />
            <source>Making the summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="174" />
            <source>%1 incidents, %2 pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="182" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="199" />
            <source>Save the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="200" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="211" />
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskProgressDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/tasks.py" line="232" />
            <source>Please wait</source>
            <translation>お待ちください</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/tasks.py" line="234" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/tasks.py" line="260" />
            <source>Stopping…</source>
            <translation>中止しています…</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="43" />
            <source>Now: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimezoneCombo</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="33" />
            <source>Time zone</source>
            <translation>タイムゾーン</translation>
        </message>
    </context>
    <context>
        <name>TradeTypeChooser</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="71" />
            <source>Type of business</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="105" />
            <source>Note: inns and hotels, public baths and clinics are required by law to serve customers (Inns and Hotels Act, Public Bath Act, Medical Practitioners' Act). They may refuse a customer only for the reasons the law allows, so the program words its advice and notices carefully for this trade.</source>
            <translation>ご注意: 旅館・ホテル、公衆浴場、診療所は、法律（旅館業法・公衆浴場法・医師法）により客を受け入れる義務があり、法律が認める理由がある場合にしか断れません。そのため、この業種では助言や通知の文面を慎重にしています。</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/unlock_dialog.py" line="36" />
            <source>Kasuhara Desktop — unlock</source>
            <translation>Kasuhara Desktop — ロック解除</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/unlock_dialog.py" line="45" />
            <source>New logbook…</source>
            <translation>新しい記録帳…</translation>
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="64" />
            <source>Unlock the logbook</source>
            <translation>記録帳のロックを解除</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="74" />
            <source>Open another logbook…</source>
            <translation>別の記録帳を開く…</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="83" />
            <source>Fill in the demo passphrase</source>
            <translation>体験用パスフレーズを入力</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="91" />
            <source>User</source>
            <translation>利用者</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="95" />
            <source>Passphrase</source>
            <translation>パスフレーズ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="100" />
            <source>Recovery key</source>
            <translation>復旧キー</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="107" />
            <source>New passphrase</source>
            <translation>新しいパスフレーズ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="111" />
            <source>Repeat the new passphrase</source>
            <translation>新しいパスフレーズをもう一度</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="120" />
            <source>Passphrase:</source>
            <translation>パスフレーズ:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="127" />
            <source>Type the 64 characters from the recovery sheet (spaces and dashes do not matter), then choose a new passphrase for the user above.</source>
            <translation>復旧シートの64文字を入力し（空白やハイフンはあってもなくても構いません）、上の利用者の新しいパスフレーズを決めてください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="134" />
            <source>Recovery key:</source>
            <translation>復旧キー:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="135" />
            <source>New passphrase:</source>
            <translation>新しいパスフレーズ:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="137" />
            <source>Repeat it:</source>
            <translation>もう一度入力:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="144" />
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="153" />
            <source>Unlock</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="163" />
            <source>User:</source>
            <translation>利用者:</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="201" />
            <source>No logbook chosen.</source>
            <translation>記録帳が選ばれていません。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="204" />
            <source>Logbook: %1</source>
            <translation>記録帳: %1</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="223" />
            <source>Demo logbook (deleted when the program closes).</source>
            <translation>体験用の記録帳です（終了すると削除されます）。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="225" />
            <source>User: %1 — passphrase: %2</source>
            <translation>利用者: %1 ／ パスフレーズ: %2</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="265" />
            <source>Back to the passphrase</source>
            <translation>パスフレーズの入力に戻る</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="267" />
            <source>Forgot the passphrase? Use the recovery key</source>
            <translation>パスフレーズを忘れたときは復旧キーを使う</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="279" />
            <source>Choose the logbook folder</source>
            <translation>記録帳のフォルダーを選ぶ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="291" />
            <source>Type the passphrase.</source>
            <translation>パスフレーズを入力してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="295" />
            <source>Type the recovery key from the recovery sheet.</source>
            <translation>復旧シートに書かれた復旧キーを入力してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="299" />
            <source>Choose a stronger new passphrase (at least 8 characters).</source>
            <translation>もっと強い新しいパスフレーズにしてください（8文字以上）。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="302" />
            <source>The two new passphrases are not the same.</source>
            <translation>2つの新しいパスフレーズが一致しません。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="341" />
            <source>That recovery key does not open this logbook. Check it and try again.</source>
            <translation>この復旧キーでは記録帳を開けません。確認して、もう一度入力してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="345" />
            <source>That passphrase does not open this logbook. Check it and try again.</source>
            <translation>パスフレーズが違います。確認して、もう一度入力してください。</translation>
        </message>
    </context>
    <context>
        <name>WhatHappenedPage</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="30" />
            <source>1. What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="33" />
            <source>Write the exact words, not a summary of them (「馬鹿野郎」, not “was abusive”). Tick what the customer did. Nothing is saved until Finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="42" />
            <source>Began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="44" />
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="45" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="48" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="49" />
            <source>e.g. at the till, on the phone, car park</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="52" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="53" />
            <source>What happened, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="56" />
            <source>Demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="57" />
            <source>What the customer demanded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="63" />
            <source>&amp;Began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="64" />
            <source>E&amp;nded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="65" />
            <source>C&amp;hannel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="66" />
            <source>&amp;Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="67" />
            <source>&amp;What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="68" />
            <source>&amp;Demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="84" />
            <source>What the customer did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="96" />
            <source>Exact words (who, what, when)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="99" />
            <source>Add what was said (time: now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="119" />
            <source>New incident, begun at %1. Only Finish saves it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="121" />
            <source>Incident %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="153" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WordingEditor</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="80" />
            <source>Notice wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="87" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="103" />
            <source>Filled in when printing: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="112" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="114" />
            <source>&amp;Reset to the default wording…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="116" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="165" />
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="166" />
            <source>The wording you changed has not been saved. Discard the changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="187" />
            <source>Saved. New notices use this wording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="194" />
            <source>Reset the wording?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="195" />
            <source>Go back to the wording shipped with the program for this language?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evidence</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/evidence_delegate.py" line="125" />
            <source>Deleted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="61" />
            <source>This picture is too large to show here; export it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="87" />
            <source>This picture's format cannot be shown here; export it to open it elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="176" />
            <source>The file already exists; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="190" />
            <source>The export was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="31" />
            <source>This evidence failed its integrity check: the encrypted file is damaged or was altered, so it is not shown. Do not rely on it; restore the logbook from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="40" />
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="41" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="42" />
            <source>Intact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="43" />
            <source>Damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="44" />
            <source>File missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="45" />
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="51" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="52" />
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="53" />
            <source>Audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="54" />
            <source>PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="55" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="60" />
            <source>Staff phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="61" />
            <source>Security camera (CCTV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="62" />
            <source>Call recorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="63" />
            <source>Screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="64" />
            <source>Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="65" />
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="66" />
            <source>Other source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="86" />
            <source>Camera clock was right</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="88" />
            <source>Camera clock %n second(s) ahead of real time</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="91" />
            <source>Camera clock %n second(s) behind real time</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="37" />
            <source>Groundless refund demand</source>
            <translation>根拠のない返金要求</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="40" />
            <source>Demand unrelated to the purchase</source>
            <translation>商品・サービスと無関係な要求</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="43" />
            <source>Physical attack</source>
            <translation>暴行・身体への攻撃</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="44" />
            <source>Threats or verbal abuse</source>
            <translation>脅迫・暴言</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="45" />
            <source>Repeated calls</source>
            <translation>度重なる電話</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="46" />
            <source>Forced kneeling (dogeza)</source>
            <translation>土下座の強要</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="47" />
            <source>Refusal to leave</source>
            <translation>居座り・退去拒否</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="48" />
            <source>Discrimination</source>
            <translation>差別的な言動</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="49" />
            <source>Sexual conduct</source>
            <translation>性的な言動</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="50" />
            <source>Prolonged complaint</source>
            <translation>長時間の拘束</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="51" />
            <source>Persistent contact</source>
            <translation>執拗な連絡・つきまとい</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="52" />
            <source>Social media threat or post</source>
            <translation>SNSでの脅し・投稿</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="55" />
            <source>Filming staff</source>
            <translation>従業員の無断撮影</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="56" />
            <source>Property damage</source>
            <translation>器物損壊</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="57" />
            <source>Excessive compensation demand</source>
            <translation>過剰な補償要求</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="60" />
            <source>Other behaviour</source>
            <translation>その他の行為</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="66" />
            <source>In person</source>
            <translation>対面</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="67" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="68" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="69" />
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="70" />
            <source>Letter</source>
            <translation>手紙・郵便</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="71" />
            <source>Other channel</source>
            <translation>その他の経路</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="77" />
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="78" />
            <source>Facts confirmed</source>
            <translation>事実確認済み</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="79" />
            <source>Judged</source>
            <translation>判断済み</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="80" />
            <source>Responded</source>
            <translation>対応済み</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="81" />
            <source>Closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="87" />
            <source>Customer</source>
            <translation>顧客</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="88" />
            <source>Companion</source>
            <translation>同伴者</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="89" />
            <source>Staff targeted</source>
            <translation>被害を受けた従業員</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="90" />
            <source>Staff who handled it</source>
            <translation>対応した従業員</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="91" />
            <source>Witness</source>
            <translation>目撃者</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="92" />
            <source>Supervisor</source>
            <translation>責任者</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="93" />
            <source>Other role</source>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="99" />
            <location filename="../../kasuhara_desktop/ui/labels.py" line="117" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="100" />
            <source>Conversation ended</source>
            <translation>対応の打ち切り</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="101" />
            <source>Asked to stop</source>
            <translation>やめるよう要請</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="102" />
            <source>Asked to leave</source>
            <translation>退去を要請</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="103" />
            <source>Final warning</source>
            <translation>最終警告</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="104" />
            <source>Police called</source>
            <translation>警察に通報</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="105" />
            <source>Police arrived</source>
            <translation>警察が到着</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="106" />
            <source>Recording handed over</source>
            <translation>録音・録画を提出</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="109" />
            <source>Customer left</source>
            <translation>客が退去</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="110" />
            <source>Call started</source>
            <translation>通話開始</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="111" />
            <source>Call ended</source>
            <translation>通話終了</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="118" />
            <source>Apology</source>
            <translation>謝罪</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="119" />
            <source>Refund</source>
            <translation>返金</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="120" />
            <source>Exchange</source>
            <translation>交換</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="121" />
            <source>No-return notice</source>
            <translation>出入り禁止の通知</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="122" />
            <source>Lawyer consulted</source>
            <translation>弁護士に相談</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="123" />
            <source>Police report</source>
            <translation>警察への届出</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="124" />
            <source>Staff care</source>
            <translation>従業員のケア</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="125" />
            <source>Follow-up</source>
            <translation>フォローアップ</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="126" />
            <source>Prevention</source>
            <translation>再発防止</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="127" />
            <source>Other action</source>
            <translation>その他の対応</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="133" />
            <source>Handling on site</source>
            <translation>現場での対応</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="134" />
            <source>Handling by phone</source>
            <translation>電話での対応</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="135" />
            <source>Apology visit</source>
            <translation>謝罪訪問</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="136" />
            <source>Internal discussion</source>
            <translation>社内での検討</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="137" />
            <source>Lawyer</source>
            <translation>弁護士</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="138" />
            <source>Refund or compensation</source>
            <translation>返金・補償</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="141" />
            <source>Damage</source>
            <translation>損害</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="142" />
            <source>Other cost</source>
            <translation>その他の費用</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="148" />
            <source>Full-time</source>
            <translation>正社員</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="149" />
            <source>Part-time</source>
            <translation>パート・アルバイト</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="150" />
            <source>Contract</source>
            <translation>契約社員</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="151" />
            <source>Manager</source>
            <translation>店長・管理職</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="152" />
            <source>Owner</source>
            <translation>オーナー</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="158" />
            <source>Convenience store</source>
            <translation>コンビニエンスストア</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="159" />
            <source>Restaurant or café</source>
            <translation>飲食店</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="160" />
            <source>Pharmacy</source>
            <translation>薬局・ドラッグストア</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="161" />
            <source>Hair or beauty salon</source>
            <translation>美容室・サロン</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="162" />
            <source>Shop (retail)</source>
            <translation>小売店</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="163" />
            <source>Inn or hotel</source>
            <translation>旅館・ホテル</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="164" />
            <source>Public bath</source>
            <translation>公衆浴場</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="165" />
            <source>Clinic</source>
            <translation>診療所・病院</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/labels.py" line="166" />
            <source>Other trade</source>
            <translation>その他の業種</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/messages.py" line="28" />
            <source>Something went wrong inside the program. Nothing was changed by this step. Try again; if it happens again, restart the program.</source>
            <translation>プログラム内部で問題が起きました。この操作では何も変更されていません。もう一度お試しください。繰り返し起きる場合は、プログラムを再起動してください。</translation>
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/dialogs/messages.py" line="43" />
            <source>Kasuhara Desktop</source>
            <translation>Kasuhara Desktop</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="37" />
            <source>Save the evidence bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="37" />
            <source>ZIP (*.zip)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
