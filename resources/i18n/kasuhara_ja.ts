<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccommodationBox</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="34"/>
        <source>3. Disability or a request for accommodation?</source>
        <translation>3. 障害や配慮の求めに関係しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="37"/>
        <source>Could the behaviour relate to a disability, or to a request for accommodation?</source>
        <translation>この行為は、障害または配慮の求め（合理的配慮）に関係する可能性がありますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="42"/>
        <source>It could</source>
        <translation>可能性がある</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="43"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="44"/>
        <source>Not considered yet</source>
        <translation>まだ検討していない</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="89"/>
        <source>Law: %1 (duty for businesses from %2). Source: %3, checked %4.</source>
        <translation>法令：%1（%2から事業者の義務）。出典：%3（%4確認）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/accommodation_box.py" line="97"/>
        <source>Not verified against e-Gov: confirm before relying on it.</source>
        <translation>e-Govでは未確認です。利用する前に確認してください。</translation>
    </message>
</context>
<context>
    <name>AckDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="125"/>
        <source>Acknowledgements</source>
        <translation>確認の記録</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="129"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="132"/>
        <source>Not yet acknowledged</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="137"/>
        <source>Not yet acknowledged:</source>
        <translation>未確認:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="140"/>
        <source>Names separated by commas.</source>
        <translation>氏名をカンマで区切って入力。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="141"/>
        <source>&amp;Others:</source>
        <translation>その他(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="142"/>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AddUserForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="72"/>
        <source>Add a user</source>
        <translation>利用者を追加</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="76"/>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="77"/>
        <source>e.g. sato (chosen at the lock screen)</source>
        <translation>例: sato（ロック画面で選びます）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="80"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="81"/>
        <source>e.g. 佐藤 花子 (printed in documents)</source>
        <translation>例: 佐藤 花子（書類に印刷されます）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="87"/>
        <source>Login name:</source>
        <translation>ログイン名:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="88"/>
        <source>Display name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="89"/>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="91"/>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="104"/>
        <source>Type a login name.</source>
        <translation>ログイン名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="106"/>
        <source>Type the display name (it is printed in documents).</source>
        <translation>表示名を入力してください（書類に印刷されます）。</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="45"/>
        <source>Adopt the policy</source>
        <translation>基本方針の制定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="52"/>
        <source>&amp;Adopted on:</source>
        <translation>制定日(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="53"/>
        <source>&amp;Adopt</source>
        <translation>制定(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AutosaveOffer</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="172"/>
        <source>Unsaved work found</source>
        <translation>保存されていない入力があります</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="174"/>
        <source>The program was not closed properly last time. Text typed in an incident or a guided response had not been saved yet; it was kept in the logbook. Restore it?</source>
        <translation>前回、プログラムが正しく終了しませんでした。事案または対応ガイドに入力した内容がまだ保存されていなかったため、記録帳の中に一時保管してあります。元に戻しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="181"/>
        <source>Restore opens each draft again; nothing is saved until you save it.</source>
        <translation>「元に戻す」で各下書きをもう一度開きます。保存するまでは何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="186"/>
        <source>&amp;Restore</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="190"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/autosave.py" line="195"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="43"/>
        <source>&amp;Back up the logbook…</source>
        <translation>記録帳をバックアップ(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="67"/>
        <source>Where should the backup go?</source>
        <translation>バックアップの保存先を選んでください</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="84"/>
        <source>Backing up the logbook…</source>
        <translation>記録帳をバックアップしています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="97"/>
        <source>Backed up to %1 (%2 files, still encrypted).</source>
        <translation>%1 にバックアップしました（%2 ファイル、暗号化されたまま）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/backup_action.py" line="105"/>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>バックアップを中止しました。何も残していません。</translation>
    </message>
</context>
<context>
    <name>BanRegisterDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="53"/>
        <source>Ban register</source>
        <translation>出入禁止の一覧</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="58"/>
        <source>Is this person banned?</source>
        <translation>この人は出入禁止？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="59"/>
        <source>Is this person banned? Name, description or phone</source>
        <translation>この人は出入禁止？ 名前・特徴・電話番号で検索</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="76"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="77"/>
        <source>All notices</source>
        <translation>すべての通知書</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="79"/>
        <source>Ending within 30 days</source>
        <translation>30日以内に終了</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="85"/>
        <source>Notices</source>
        <translation>通知書</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="107"/>
        <source>Show PDF…</source>
        <translation>PDFを表示…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="108"/>
        <source>Record service…</source>
        <translation>送付・交付を記録…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="109"/>
        <source>Review or appeal…</source>
        <translation>見直し・異議申出…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="110"/>
        <source>Shorten…</source>
        <translation>短縮…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="111"/>
        <source>Revoke…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="112"/>
        <source>Log breach</source>
        <translation>違反を記録</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="120"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="171"/>
        <source>%n ban(s) end within 30 days: %1</source>
        <translation>
            <numerusform>30日以内に終了する出入禁止: %n件（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="188"/>
        <source>No notice matches “%1”.</source>
        <translation>「%1」に該当する通知書はありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="189"/>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="193"/>
        <source>Show all notices</source>
        <translation>すべての通知書を表示</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="193"/>
        <source>No notice is in this state.</source>
        <translation>この状態の通知書はありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="198"/>
        <source>No notice has been issued yet. A no-entry notice is issued from an incident: Response → Issue no-entry notice…</source>
        <translation>まだ通知書は発行されていません。出入禁止通知書は事案から発行します: 対応 → 出入禁止通知書を発行…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="240"/>
        <source>Served %1 (%2) by %3</source>
        <translation>%1に送付・交付（%2、%3）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="253"/>
        <source>Breach %1: %2</source>
        <translation>違反 %1: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="257"/>
        <source>Not served yet: record how the notice reached the person.</source>
        <translation>まだ送付・交付していません。通知書を相手方にどう渡したかを記録してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="288"/>
        <source>no end</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="290"/>
        <source>BANNED — %1: %2 (until %3). Politely refuse entry and ask them to leave; call the police if they refuse.</source>
        <translation>出入禁止中 — %1: %2（%3まで）。丁寧に入店をお断りし、退去を求めてください。応じない場合は警察に通報してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="300"/>
        <source>Not banned now. Earlier notices: %1</source>
        <translation>現在は出入禁止ではありません。過去の通知書: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="303"/>
        <source>No notice matches.</source>
        <translation>該当する通知書はありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="366"/>
        <source>Log a breach?</source>
        <translation>違反を記録しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="369"/>
        <source>Record that %1 came in despite notice %2? A new incident is created with this person as the customer; add what happened there.</source>
        <translation>%1が通知書 %2 に反して来店したことを記録しますか？ この人を顧客とした新しい事案が作られます。何があったかはそこに書き加えてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/ban_register.py" line="386"/>
        <source>Breach logged as incident %1.</source>
        <translation>違反を事案 %1 として記録しました。</translation>
    </message>
</context>
<context>
    <name>BehaviourChart</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="126"/>
        <source>Incidents per month by the behaviour recorded, for the last 12 months. An incident with several behaviours counts once for each.</source>
        <translation>過去12か月の、記録された行為別の月ごとの事案数です。複数の行為がある事案は、それぞれの行為で1件と数えます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="132"/>
        <source>Incidents per month by behaviour</source>
        <translation>行為別・月別の事案数</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="147"/>
        <source>Other or none recorded</source>
        <translation>その他・記録なし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="148"/>
        <source>Incidents</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="52"/>
        <source>Save the evidence bundle</source>
        <translation>証拠一式を保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="50"/>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="48"/>
        <source>7z archive (*.7z)</source>
        <translation>7z アーカイブ (*.7z)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="70"/>
        <source>Evidence bundle — %1</source>
        <translation>証拠一式 — %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="81"/>
        <source>&amp;Encrypt with a password (AES-256)</source>
        <translation>パスワードで暗号化（AES-256）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="86"/>
        <source>7z: file names hidden too (7-Zip, Keka, The Unarchiver)</source>
        <translation>7z：ファイル名も隠す（7-Zip、Keka、The Unarchiver）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="88"/>
        <source>ZIP: for older tools; file names stay visible</source>
        <translation>ZIP：古いツール向け。ファイル名は見えたまま</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="110"/>
        <source>&amp;Create bundle</source>
        <translation>証拠一式を作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="114"/>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="229"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="121"/>
        <source>&amp;Save as:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="125"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="126"/>
        <source>&amp;Repeat:</source>
        <translation>もう一度(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="127"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="128"/>
        <source>Report &amp;language:</source>
        <translation>報告書の言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="130"/>
        <source>Give the password to the recipient separately (by phone or in person), never with the file. At least %1 characters.</source>
        <translation>パスワードはファイルとは別に、電話や対面で相手に伝えてください。%1文字以上。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="180"/>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="183"/>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="191"/>
        <source>Choose where to save the bundle.</source>
        <translation>証拠一式の保存先を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="213"/>
        <source>Making the bundle…</source>
        <translation>証拠一式を作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="229"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="238"/>
        <source>Saved %1. Manifest SHA-256: %2</source>
        <translation>%1 を保存しました。マニフェストの SHA-256: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="246"/>
        <source>%1 is not encrypted: send it together with the bundle.</source>
        <translation>%1 は暗号化されていません。証拠一式と一緒に送ってください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="250"/>
        <source>The recipient checks the bundle against this manifest SHA-256 (also in the incident report), not only against the hashes inside it.</source>
        <translation>受け取った人は、同梱のハッシュだけでなく、このマニフェストの SHA-256（事案報告書にも記載）と照合します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="256"/>
        <source>Left out (failed their check; the report says so): %1</source>
        <translation>含めなかったファイル（確認に失敗。報告書にも記載）: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="265"/>
        <location filename="../../kasuhara_desktop/ui/reports/bundle_dialog.py" line="279"/>
        <source>Cancelled; no file was written.</source>
        <translation>中止しました。ファイルは作成されていません。</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="73"/>
        <source>Phone call</source>
        <translation>電話対応</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="101"/>
        <source>▶ Start call timer</source>
        <translation>▶ 通話タイマー開始</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="103"/>
        <source>■ End call</source>
        <translation>■ 通話終了</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="111"/>
        <source>Time on the call</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="132"/>
        <source>The caller&apos;s language</source>
        <translation>相手の言語</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="136"/>
        <source>Caller&apos;s language</source>
        <translation>相手の言語</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="153"/>
        <source>The caller</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="158"/>
        <source>Caller&apos;s number</source>
        <translation>相手の電話番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="159"/>
        <source>As shown on the phone; empty if withheld</source>
        <translation>電話機の表示どおり。非通知なら空欄</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="168"/>
        <source>Who it is</source>
        <translation>相手の名前・特徴</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="171"/>
        <source>Exact words</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="172"/>
        <source>Write what the caller said, word for word</source>
        <translation>相手が言ったことを、言葉どおりに書いてください</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="175"/>
        <source>File into</source>
        <translation>記録先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="176"/>
        <source>&amp;Number</source>
        <translation>電話番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="178"/>
        <source>&amp;Who it is</source>
        <translation>名前・特徴(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="179"/>
        <source>&amp;Exact words</source>
        <translation>発言(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="180"/>
        <source>&amp;File into</source>
        <translation>記録先(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="183"/>
        <source>File the call</source>
        <translation>この通話を記録</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="204"/>
        <source>Shop&apos;s limit: %1 min per call</source>
        <translation>店の上限: 1回の通話につき%1分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="252"/>
        <source>Within the limit (%1 left)</source>
        <translation>上限内（残り%1）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="253"/>
        <source>Warn the caller now: the call ends in %1</source>
        <translation>今、相手に予告してください: あと%1で通話を終えます</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="254"/>
        <source>Limit reached: read this out, then hang up</source>
        <translation>上限に達しました: これを読み上げてから電話を切ってください</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="256"/>
        <source>No call running</source>
        <translation>通話していません</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="276"/>
        <source>Earlier calls from the number are counted here.</source>
        <translation>この番号からの過去の着信回数がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="285"/>
        <source>Calls from this number in the last %1 days: %2 (this one included)</source>
        <translation>この番号からの過去%1日間の着信: %2回（今回を含む）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="287"/>
        <source>Calls from this number in the last %1 days: %2</source>
        <translation>この番号からの過去%1日間の着信: %2回</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="291"/>
        <source>Repeated calls: the incident is marked as such when filed.</source>
        <translation>度重なる電話です。記録すると、事案にそのことが記されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="305"/>
        <source>A new incident</source>
        <translation>新しい事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="337"/>
        <source>Caller</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="338"/>
        <source>a withheld number</source>
        <translation>非通知の番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="339"/>
        <source>Phone call from %1 (%2 min)</source>
        <translation>%1からの電話（%2分）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="345"/>
        <source>Not filed: %1
The call and your notes are still here.</source>
        <translation>記録されていません: %1
通話とメモはここに残っています。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="350"/>
        <source>Filed into %1.</source>
        <translation>%1に記録しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="367"/>
        <source>The logbook is locked. The timer runs on; unlock to file the call.</source>
        <translation>記録帳はロックされています。タイマーは動き続けています。通話を記録するにはロックを解除してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="388"/>
        <source>Call not filed</source>
        <translation>記録していない通話</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/call_panel.py" line="389"/>
        <source>This call is not filed yet. Close anyway and lose it?</source>
        <translation>この通話はまだ記録されていません。閉じると失われますが、閉じますか？</translation>
    </message>
</context>
<context>
    <name>CallScripts</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="61"/>
        <source>Tell the caller: the call has gone on for a long time and will end in a few minutes.</source>
        <translation>相手に伝えてください: 通話が長時間になっているので、あと数分で終了します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="66"/>
        <source>Tell the caller: you cannot continue the conversation and will end the call now. Then hang up.</source>
        <translation>相手に伝えてください: これ以上お話しできないので、通話を終了します。その後、電話を切ってください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/phone/scripts.py" line="71"/>
        <source>Listen calmly and write down the exact words. Never argue.</source>
        <translation>落ち着いて聞き、言われた言葉をそのまま書き留めてください。言い争いはしないでください。</translation>
    </message>
</context>
<context>
    <name>CaseMenus</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="56"/>
        <source>Incident &amp;now</source>
        <translation>今すぐ記録(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="59"/>
        <source>&amp;Guided response…</source>
        <translation>対応ガイド(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="61"/>
        <source>Phone &amp;call…</source>
        <translation>電話対応(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="62"/>
        <source>&amp;Issue no-entry notice…</source>
        <translation>出入禁止通知書を発行(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="63"/>
        <source>&amp;Ban register…</source>
        <translation>出入禁止の一覧(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="64"/>
        <source>Notice &amp;wording…</source>
        <translation>通知書の文言(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="66"/>
        <source>Incident &amp;report (PDF)…</source>
        <translation>事案報告書（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="68"/>
        <source>Period &amp;summary (PDF)…</source>
        <translation>期間集計（PDF）(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="69"/>
        <source>Evidence &amp;bundle (ZIP)…</source>
        <translation>証拠一式（ZIP）(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="90"/>
        <source>&amp;Response</source>
        <translation>対応(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="97"/>
        <source>Re&amp;ports</source>
        <translation>報告書(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="127"/>
        <source>Select an incident in the list first.</source>
        <translation>先に一覧で事案を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="177"/>
        <source>Saved %1. The guided response is closed.</source>
        <translation>%1 を保存しました。対応ガイドを閉じました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/case_menus.py" line="179"/>
        <source>Saved %1 as a draft. A manager judges it and closes it.</source>
        <translation>%1 を下書きとして保存しました。判断と完了は管理職が行います。</translation>
    </message>
</context>
<context>
    <name>CaseStudyTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="56"/>
        <source>Closed incident, e.g. K-2026-0001</source>
        <translation>完了した事案（例：K-2026-0001）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="57"/>
        <source>&amp;Draft from incident</source>
        <translation>事案から下書きを作成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="65"/>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="69"/>
        <source>No names</source>
        <translation>氏名がない</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="70"/>
        <source>No places</source>
        <translation>場所がない</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="71"/>
        <source>No dates</source>
        <translation>日付がない</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="72"/>
        <source>No other identifying details</source>
        <translation>その他の特定できる情報がない</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="74"/>
        <source>I checked this case study:</source>
        <translation>この事例を確認しました：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="79"/>
        <source>Save &amp;draft</source>
        <translation>下書きを保存(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="82"/>
        <source>Save as &amp;checked</source>
        <translation>確認済みとして保存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="85"/>
        <source>Print &amp;handout…</source>
        <translation>配布資料を印刷(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="152"/>
        <source>Checked by %1</source>
        <translation>確認者：%1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="154"/>
        <source>Not checked: it cannot be printed yet.</source>
        <translation>未確認：まだ印刷できません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="172"/>
        <source>Draft: not saved yet.</source>
        <translation>下書き：まだ保存されていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="176"/>
        <source>Nothing identifying was found: read it carefully.</source>
        <translation>特定できる情報は見つかりませんでした。よく読んで確認してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="180"/>
        <source>Replaced: %1. Read it and remove anything else that identifies someone.</source>
        <translation>置き換えた情報：%1。読み直し、個人を特定できるものが残っていれば削除してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="186"/>
        <source>customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="186"/>
        <source>staff member</source>
        <translation>従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="187"/>
        <source>person</source>
        <translation>関係者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="187"/>
        <source>place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="187"/>
        <source>the shop</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="188"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="188"/>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="188"/>
        <source>phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="189"/>
        <source>e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="189"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="189"/>
        <source>postcode</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="190"/>
        <source>licence plate</source>
        <translation>車両番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="190"/>
        <source>contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="213"/>
        <source>Case study</source>
        <translation>事例</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="215"/>
        <source>It still seems to contain: %1. Check it anyway?</source>
        <translation>まだ次の情報が含まれているようです：%1。このまま確認済みにしますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_case_tab.py" line="243"/>
        <source>case-study</source>
        <translation>事例</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPassphraseForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="206"/>
        <source>Change my passphrase</source>
        <translation>自分のパスフレーズを変更</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="208"/>
        <source>Current passphrase</source>
        <translation>現在のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="209"/>
        <source>Current passphrase:</source>
        <translation>現在のパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="210"/>
        <source>New passphrase:</source>
        <translation>新しいパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="214"/>
        <source>Type your current passphrase.</source>
        <translation>現在のパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>ClockOffsetTexts</name>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="96"/>
        <source>Camera clock %n second(s) ahead of real time</source>
        <translation>
            <numerusform>カメラの時計が%n秒進んでいる</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="99"/>
        <source>Camera clock %n second(s) behind real time</source>
        <translation>
            <numerusform>カメラの時計が%n秒遅れている</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="71"/>
        <source>7. Decide and close</source>
        <translation>7. 決定して完了する</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="74"/>
        <source>Record what was done. “%1” saves everything in one go.</source>
        <translation>行った対応を記録します。「%1」ですべてをまとめて保存します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="94"/>
        <source>No-entry notice</source>
        <translation>出入禁止通知書</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="108"/>
        <source>Afterwards</source>
        <translation>事後の対応</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="112"/>
        <source>What we change to prevent it happening again</source>
        <translation>再発防止のために変えること</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="113"/>
        <source>Use as a training case (anonymised)</source>
        <translation>研修の事例として使う（匿名化）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="117"/>
        <source>Status to save</source>
        <translation>保存する状態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="120"/>
        <source>Reason for the status change</source>
        <translation>状態を変更する理由</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="122"/>
        <source>Needed when going back, or closing with follow-ups still open</source>
        <translation>前の状態に戻す場合や、フォローアップが残ったまま完了する場合に必要です</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="126"/>
        <source>What we &amp;change to prevent it happening again</source>
        <translation>再発防止のために変えること(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="128"/>
        <source>Sta&amp;tus to save</source>
        <translation>保存する状態(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="129"/>
        <source>R&amp;eason</source>
        <translation>理由(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="231"/>
        <source>To issue one anyway, the notice dialog asks for the reason (it is recorded).</source>
        <translation>それでも発行する場合は、通知書の画面で理由を入力します（理由は記録されます）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="237"/>
        <source>The button saves the response so far and opens the notice; the action is recorded when the notice is issued.</source>
        <translation>このボタンはここまでの対応を保存し、通知書の画面を開きます。対応は通知書を発行した時点で記録されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="267"/>
        <source>“%1” will be refused for this status:</source>
        <translation>この状態では「%1」が拒否されます:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="186"/>
        <source>Suggested (★): %1</source>
        <translation>おすすめ（★）: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="225"/>
        <source>A notice may be issued: the facts are confirmed, harassment.</source>
        <translation>通知書を発行できます（事実確認済み、カスハラと判断）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="227"/>
        <source>Not on the merits:</source>
        <translation>内容面で発行の要件を満たしていません:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="255"/>
        <source>%1 (unchanged)</source>
        <translation>%1（変更なし）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="257"/>
        <source>%1 (not yet)</source>
        <translation>%1（まだできません）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_close.py" line="270"/>
        <source>Allowed with the reason given (it is recorded):</source>
        <translation>記入した理由により可能です（理由は記録されます）:</translation>
    </message>
</context>
<context>
    <name>ClosedMode</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="73"/>
        <source>This incident is closed, so it is read-only. To change it, reopen it: you are asked why, and the reason is kept in the audit trail.</source>
        <translation>この事案は完了しているため、閲覧のみです。変更するには再開してください。理由の入力を求められ、理由は監査記録に残ります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="56"/>
        <source>&amp;Reopen…</source>
        <translation>再開(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="77"/>
        <source>This incident is closed, so it is read-only. A manager can reopen it: they are asked why, and the reason is kept in the audit trail.</source>
        <translation>この事案は完了しているため、閲覧のみです。再開できるのは管理職です。再開するときは理由の入力を求められ、理由は監査記録に残ります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="84"/>
        <source>This is not your own draft: you can add exact words, timeline steps and calls to it; other changes need a manager.</source>
        <translation>これはあなた自身の下書きではありません。発言、経過、電話の記録は追加できますが、それ以外の変更には管理職が必要です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="131"/>
        <source>Reopen %1</source>
        <translation>%1 を再開</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="133"/>
        <source>Why is this closed incident reopened? (Kept in the audit trail.)</source>
        <translation>完了した事案を再開する理由は何ですか？（監査記録に残ります）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/read_only.py" line="136"/>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>ConsultationForms</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="35"/>
        <source>Contact person in the shop</source>
        <translation>社内の相談担当者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="38"/>
        <source>Lawyer</source>
        <translation>弁護士</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="39"/>
        <source>Police station</source>
        <translation>警察署</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="42"/>
        <source>Police consultation line (#9110)</source>
        <translation>警察相談専用電話（#9110）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="45"/>
        <source>Labour bureau consultation corner</source>
        <translation>総合労働相談コーナー</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="48"/>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="58"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="55"/>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="56"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="57"/>
        <source>Message or e-mail</source>
        <translation>メッセージ・メール</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="275"/>
        <source>Consultation desk</source>
        <translation>相談窓口</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="281"/>
        <source>Who to talk to</source>
        <translation>相談先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="285"/>
        <source>Consultation records</source>
        <translation>相談の記録</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="289"/>
        <source>Cooperation requests</source>
        <translation>協力の求め</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="73"/>
        <source>Contact</source>
        <translation>相談先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="84"/>
        <source>A user of this logbook: they may record consultations</source>
        <translation>この記録帳の利用者：相談の記録をつけることができます</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="93"/>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="94"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="95"/>
        <source>&amp;User (contact person)</source>
        <translation>利用者（相談担当者）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="96"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="97"/>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="98"/>
        <source>&amp;Hours</source>
        <translation>受付時間(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="99"/>
        <source>N&amp;otes</source>
        <translation>備考(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="105"/>
        <source>(none: a name only)</source>
        <translation>（なし：名前のみ）</translation>
    </message>
</context>
<context>
    <name>ContactsBox</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/contacts_box.py" line="27"/>
        <source>Who to talk to</source>
        <translation>相談先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/contacts_box.py" line="52"/>
        <source>(contact person in the shop)</source>
        <translation>（社内の相談担当者）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/contacts_box.py" line="54"/>
        <source>number to be checked</source>
        <translation>番号を確認してください</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="93"/>
        <source>Staff can talk to any of these after customer harassment, also when unsure whether it was. What is said is kept confidential, and nobody is treated disadvantageously for consulting.</source>
        <translation>カスタマーハラスメントを受けたとき、また該当するか迷うときも、これらの相談先に相談できます。相談内容は秘密として扱われ、相談したことを理由に不利益な取扱いを受けることはありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="104"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="105"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="106"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="107"/>
        <source>Hours</source>
        <translation>受付時間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="108"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="113"/>
        <source>&amp;Save contact</source>
        <translation>相談先を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="114"/>
        <source>&amp;New contact</source>
        <translation>新しい相談先(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="115"/>
        <source>&amp;Remove contact</source>
        <translation>相談先を削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="140"/>
        <source>number to be checked</source>
        <translation>番号を確認してください</translation>
    </message>
</context>
<context>
    <name>CooperationTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Other employer</source>
        <translation>相手方の事業主</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="174"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="182"/>
        <source>&amp;New request</source>
        <translation>新しい求め(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="184"/>
        <source>&amp;Save request</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="192"/>
        <source>&amp;Print letter…</source>
        <translation>文書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="223"/>
        <source>Outgoing</source>
        <translation>当店から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="223"/>
        <source>Incoming</source>
        <translation>相手方から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="225"/>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="225"/>
        <source>Open</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="270"/>
        <source>The request was saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="274"/>
        <source>cooperation-request</source>
        <translation>協力のお願い</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="277"/>
        <source>Save the letter</source>
        <translation>文書を保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="279"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="298"/>
        <source>Writing the letter…</source>
        <translation>文書を作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="306"/>
        <source>The letter was saved: %1</source>
        <translation>文書を保存しました：%1</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="81"/>
        <source>Total: %1 min (%2 h %3 min), ¥%4</source>
        <translation>合計: %1分（%2時間%3分）、%4円</translation>
    </message>
</context>
<context>
    <name>CriteriaSuggestions</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/criteria_box.py" line="44"/>
        <source>The shop&apos;s own criteria suggest the following. Tick what you confirm; an unticked suggestion changes nothing:</source>
        <translation>当店の判断基準から次の提案があります。確認したものにチェックしてください。チェックしない提案は判断に影響しません：</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="294"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="303"/>
        <source>%1 is set</source>
        <translation>%1を指定する</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="215"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="218"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="228"/>
        <source>%1: now</source>
        <translation>%1: 現在の日時にする</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/fields.py" line="230"/>
        <source>%1 is known</source>
        <translation>%1が分かっている</translation>
    </message>
</context>
<context>
    <name>DeleteEvidenceDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="31"/>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="32"/>
        <source>Delete evidence</source>
        <translation>証拠を削除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="43"/>
        <source>The file&apos;s content is erased for good: nobody, not even with the recovery key, can open it again. The record of the file (name, size, SHA-256) and your reason stay in the logbook and its audit trail.</source>
        <translation>ファイルの中身は完全に消去されます。リカバリーキーを使っても、二度と開けません。ファイルの記録（名前、サイズ、SHA-256）と削除の理由は、記録帳とその監査記録に残ります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="52"/>
        <source>Reason for deleting</source>
        <translation>削除の理由</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="54"/>
        <source>Why is it deleted? (for example: photo of another customer by mistake)</source>
        <translation>削除する理由は？（例: 誤って別の客を撮った写真）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="60"/>
        <source>&amp;Reason (required):</source>
        <translation>理由（必須）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="62"/>
        <source>I understand that the file cannot be recovered</source>
        <translation>このファイルは元に戻せないことを理解しました</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="67"/>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="96"/>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>理由が長すぎます（%1文字以内）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/delete_dialog.py" line="99"/>
        <source>Write the reason first.</source>
        <translation>先に理由を書いてください。</translation>
    </message>
</context>
<context>
    <name>DutyMenu</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="61"/>
        <source>Basic &amp;policy…</source>
        <translation>基本方針(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="69"/>
        <source>&amp;Consultation desk…</source>
        <translation>相談窓口(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="77"/>
        <source>Handling p&amp;rocedures…</source>
        <translation>対応手順(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="85"/>
        <source>&amp;Training…</source>
        <translation>研修(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="93"/>
        <source>C&amp;ooperation requests…</source>
        <translation>協力の求め(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="101"/>
        <source>Retention and &amp;erasing…</source>
        <translation>保存期間と消去(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/duty_menu.py" line="118"/>
        <source>&amp;Duty</source>
        <translation>体制整備(&amp;D)</translation>
    </message>
</context>
<context>
    <name>EncryptedMediaDevice</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_device.py" line="64"/>
        <source>Evidence can only be read.</source>
        <translation>証拠は読み取り専用です。</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="46"/>
        <source>Erase records</source>
        <translation>記録の消去</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="52"/>
        <source>Why (kept in the audit trail)</source>
        <translation>理由（監査記録に残ります）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="55"/>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="64"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>EvidenceInfo</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="30"/>
        <source>Evidence details</source>
        <translation>証拠の詳細</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="47"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="48"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="49"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="50"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="51"/>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="51"/>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="55"/>
        <source>Source</source>
        <translation>出所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="57"/>
        <source>Camera clock</source>
        <translation>カメラの時計</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="59"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="63"/>
        <source>%1 (%2, by %3)</source>
        <translation>%1（%2、%3 が確認）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="64"/>
        <source>Last integrity check</source>
        <translation>前回の完全性の確認</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="67"/>
        <source>%1 by %2: %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_info.py" line="68"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="140"/>
        <source>Integrity not checked yet.</source>
        <translation>整合性はまだ確認していません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="147"/>
        <source>%n file(s) failed the last check (%1).</source>
        <translation>
            <numerusform>%n 件のファイルが前回の確認で異常ありでした（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="149"/>
        <source>Checked %1; %n file(s) not checked yet.</source>
        <translation>
            <numerusform>%1 に確認済み。%n 件はまだ確認していません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="150"/>
        <source>Checked %1: all intact.</source>
        <translation>%1 に確認：すべて異常なし。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="221"/>
        <source>Imported %1 by %2</source>
        <translation>%1に%2が取り込み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="240"/>
        <source>Integrity: %1</source>
        <translation>完全性: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="241"/>
        <source>Integrity: %1 (checked %2)</source>
        <translation>完全性: %1（%2 に確認）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_model.py" line="230"/>
        <source>Deleted %1 by %2: %3</source>
        <translation>%1に%2が削除: %3</translation>
    </message>
</context>
<context>
    <name>EvidenceListView</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_view.py" line="19"/>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
</context>
<context>
    <name>EvidenceOperations</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="89"/>
        <source>An import is already running; wait until it ends.</source>
        <translation>取り込みがすでに実行中です。終わるまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="94"/>
        <source>Not enough free disk space: the files need %1, the logbook&apos;s disk has %2 free. Nothing was added.</source>
        <translation>ディスクの空き容量が足りません。ファイルには%1必要ですが、記録帳のディスクの空きは%2です。何も追加されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="111"/>
        <source>Adding %n file(s) (%1)…</source>
        <translation>
            <numerusform>%n 件のファイルを追加しています（%1）…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="123"/>
        <source>The import was abandoned: the logbook was locked or another incident was chosen. Nothing was added.</source>
        <translation>取り込みを中止しました。記録帳がロックされたか、別の事案が選ばれました。何も追加されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="134"/>
        <source>Added %n file(s) (%1).</source>
        <translation>
            <numerusform>%n 件のファイルを追加しました（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="141"/>
        <source>The import was cancelled; nothing was added.</source>
        <translation>取り込みを中止しました。何も追加されていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="167"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>書き出しを中止しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="182"/>
        <source>Exported %1 to %2 (content checked against its SHA-256).</source>
        <translation>%1 を %2 に書き出しました（内容を SHA-256 で照合済み）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="192"/>
        <source>Exporting %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="227"/>
        <source>Checking the evidence files…</source>
        <translation>証拠ファイルを確認しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="259"/>
        <source>The check was stopped.</source>
        <translation>確認を中止しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="261"/>
        <source>%n file(s) failed the integrity check: see the red marks.</source>
        <translation>
            <numerusform>%n 件のファイルが完全性の確認に失敗しました。赤い印を確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="264"/>
        <source>All %n file(s) are intact.</source>
        <translation>
            <numerusform>%n 件のファイルすべてに異常はありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="51"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="77"/>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="80"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="83"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="86"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="89"/>
        <source>Time on picture…</source>
        <translation>画面の時刻…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="92"/>
        <source>Check integrity</source>
        <translation>完全性を確認</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="109"/>
        <source>Evidence status</source>
        <translation>証拠の状態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="235"/>
        <source>Select an incident to see its evidence.</source>
        <translation>事案を選ぶと、その証拠が表示されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="237"/>
        <source>No evidence yet. Drop photos, videos or recordings here, or use “Add files…”.</source>
        <translation>証拠はまだありません。写真・動画・録音をここにドロップするか、「ファイルを追加…」を使ってください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="241"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>ファイル %n 件、%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="256"/>
        <source>Add evidence</source>
        <translation>証拠を追加</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="35"/>
        <source>Evidence (*.jpg *.jpeg *.png *.heic *.gif *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.3gp *.mp3 *.m4a *.wav *.amr *.ogg *.flac *.pdf);;All files (*)</source>
        <translation>証拠 (*.jpg *.jpeg *.png *.heic *.gif *.bmp *.tif *.tiff *.webp *.mp4 *.mov *.avi *.mkv *.3gp *.mp3 *.m4a *.wav *.amr *.ogg *.flac *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="265"/>
        <source>Select an incident first, then add its evidence.</source>
        <translation>先に事案を選んでから、証拠を追加してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="272"/>
        <source>%1 is a folder: open it and choose the files inside.</source>
        <translation>%1 はフォルダーです。開いて、中のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="275"/>
        <source>%1 is not there (moved or deleted?).</source>
        <translation>%1 が見つかりません（移動または削除された可能性があります）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="278"/>
        <source>The files you chose are listed for adding.</source>
        <translation>選んだファイルは追加の一覧に入っています。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="312"/>
        <source>Only files on this computer can be added: save the file first, then drop it here.</source>
        <translation>追加できるのは、このパソコン上のファイルだけです。先にファイルを保存してから、ここにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="336"/>
        <source>%1 was deleted: %2</source>
        <translation>%1 は削除されています: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="340"/>
        <source>This kind of file cannot be shown here; export it and open it with another program.</source>
        <translation>この種類のファイルはここでは表示できません。書き出して、別のプログラムで開いてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="360"/>
        <source>Export evidence</source>
        <translation>証拠を書き出す</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_pane.py" line="397"/>
        <source>Deleted %1. The reason is kept in the logbook.</source>
        <translation>%1 を削除しました。理由は記録帳に残ります。</translation>
    </message>
</context>
<context>
    <name>EvidenceTimes</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="39"/>
        <source>%1 (no time zone in the file)</source>
        <translation>%1（ファイルにタイムゾーンの記録なし）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="48"/>
        <source>%1 (camera showed %2; corrected by its clock offset)</source>
        <translation>%1（カメラの表示 %2。時計のずれで補正）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="54"/>
        <source>unknown (the file records none)</source>
        <translation>不明（ファイルに記録なし）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="56"/>
        <source>%1 (photo&apos;s EXIF)</source>
        <translation>%1（写真の EXIF）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="58"/>
        <source>%1 (the recording&apos;s own header)</source>
        <translation>%1（録画・録音ファイルのヘッダー）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="63"/>
        <source>%1, entered by %2</source>
        <translation>%1（入力：%2）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="68"/>
        <source>not entered</source>
        <translation>未入力</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="70"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="72"/>
        <source>Time in the file</source>
        <translation>ファイル内の時刻</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="73"/>
        <source>Time on the picture</source>
        <translation>画面の時刻表示</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="74"/>
        <source>File modified (PC clock, not corrected)</source>
        <translation>ファイル更新日時（PC の時計、補正なし）</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="50"/>
        <source>2. Facts and witnesses</source>
        <translation>2. 事実確認と聞き取り</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="53"/>
        <source>Hear the staff involved, colleagues and managers; keep CCTV and recordings. Confirm the facts before judging.</source>
        <translation>当事者の従業員、同僚、管理職から話を聞き、防犯カメラの映像や録音を残してください。判断する前に事実を確認してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="57"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="61"/>
        <source>Evidence on file</source>
        <translation>記録済みの証拠</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="66"/>
        <source>Statements</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="71"/>
        <source>Add: staff involved</source>
        <translation>追加: 当事者の従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="72"/>
        <source>Add: colleague</source>
        <translation>追加: 同僚</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="73"/>
        <source>Add: manager</source>
        <translation>追加: 管理職</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="92"/>
        <source>Confirm the facts</source>
        <translation>事実の確認</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="95"/>
        <source>Only tick this once the facts are checked.</source>
        <translation>事実を確かめてからチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="96"/>
        <source>The facts are confirmed</source>
        <translation>事実を確認した</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="100"/>
        <source>Confirmed by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="102"/>
        <source>Confirmed at</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="104"/>
        <source>Confirmed b&amp;y</source>
        <translation>確認者(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="105"/>
        <source>Confirmed &amp;at</source>
        <translation>確認日時(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="128"/>
        <source>No evidence files yet: add them in the incident&apos;s evidence tab.</source>
        <translation>証拠ファイルはまだありません。事案の「証拠」で追加してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="130"/>
        <source>Evidence can be added once the incident is saved.</source>
        <translation>証拠は、事案を保存した後に追加できます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="142"/>
        <source>A manager confirms the facts when judging; the statements you record are saved for them.</source>
        <translation>事実の確認は管理職が判断するときに行います。あなたが記録した聴き取りは管理職のために保存されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="182"/>
        <source>Staff involved</source>
        <translation>当事者の従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="183"/>
        <source>Colleague</source>
        <translation>同僚</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="184"/>
        <source>Manager</source>
        <translation>管理職</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_facts.py" line="204"/>
        <source>The facts rest on a single source: one person&apos;s account and no evidence file. Hear a colleague or a manager too, or keep CCTV or a recording, before judging.</source>
        <translation>事実の裏付けが1つしかありません（1人の説明だけで、証拠ファイルがありません）。判断する前に、同僚や管理職からも話を聞くか、防犯カメラの映像や録音を残してください。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="22"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="52"/>
        <source>Not saved. %1
Nothing you typed was lost: correct it and save again.</source>
        <translation>保存されていません。%1
入力した内容は消えていません。直してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="60"/>
        <source>Not saved: someone else saved this incident after you opened it. Your text is still here. Copy what you need, close this window, open the incident again and apply your changes there.
%1</source>
        <translation>保存されていません: この事案を開いた後に、別の人が保存しました。入力した内容はここに残っています。必要な部分をコピーしてこの画面を閉じ、事案を開き直してから、そこで変更を入れ直してください。
%1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="65"/>
        <source>Not saved: %1
Nothing you typed was lost.</source>
        <translation>保存されていません: %1
入力した内容は消えていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/editor_feedback.py" line="72"/>
        <source>Saved %1 (version %2) at %3.</source>
        <translation>%3に%1（第%2版）を保存しました。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="54"/>
        <source>Search words, names, places… (Ctrl+F)</source>
        <translation>言葉・名前・場所で検索…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="55"/>
        <source>Search incidents</source>
        <translation>事案を検索</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="58"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="59"/>
        <source>Filter by status</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="60"/>
        <source>Open (not closed)</source>
        <translation>未完了（完了以外）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="61"/>
        <source>All channels</source>
        <translation>すべての経路</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="62"/>
        <source>Filter by channel</source>
        <translation>経路で絞り込み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="63"/>
        <source>All behaviours</source>
        <translation>すべての行為</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="64"/>
        <source>Filter by behaviour</source>
        <translation>行為で絞り込み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="65"/>
        <source>No video</source>
        <translation>動画なし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="68"/>
        <source>Only incidents with no video attached (no video file and no CCTV file)</source>
        <translation>動画が添付されていない事案だけ（動画ファイルも防犯カメラのファイルもない）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="73"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="76"/>
        <source>First day</source>
        <translation>最初の日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="77"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="80"/>
        <source>Last day</source>
        <translation>最後の日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/filter_bar.py" line="87"/>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/header_form.py" line="61"/>
        <source>What happened, in your own words</source>
        <translation>何があったか、自分の言葉で</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/header_form.py" line="62"/>
        <source>What the customer demanded</source>
        <translation>顧客が求めたこと</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/help_dialog.py" line="25"/>
        <source>How to use Kasuhara Desktop</source>
        <translation>Kasuhara Desktop の使い方</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/help_dialog.py" line="30"/>
        <source>User guide</source>
        <translation>使い方ガイド</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="73"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="74"/>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="75"/>
        <source>By</source>
        <translation>保存者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="76"/>
        <source>What changed</source>
        <translation>変更した項目</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="139"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="141"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="219"/>
        <source>Saved versions</source>
        <translation>保存された版</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/history_tab.py" line="233"/>
        <source>Fields of the selected version</source>
        <translation>選んだ版の項目</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="80"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="84"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="147"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="173"/>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="225"/>
        <source>Not refreshed.</source>
        <translation>更新されませんでした。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="233"/>
        <source>Home — %1</source>
        <translation>ホーム — %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="237"/>
        <source>Open incidents</source>
        <translation>未完了の事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="242"/>
        <source>%1 %2: until %3</source>
        <translation>%1 %2：%3まで</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="246"/>
        <source>Bans ending within 30 days</source>
        <translation>30日以内に終わる出入禁止</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="261"/>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="267"/>
        <source>Follow-ups due (next 7 days listed)</source>
        <translation>期限のフォローアップ（7日先まで表示）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="275"/>
        <source>art. %1, %2: a complaint, if wanted, by %3 (%4 days left)</source>
        <translation>第%1条・%2：告訴をする場合は%3まで（残り%4日）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="288"/>
        <source>Complaint deadlines (6 months)</source>
        <translation>告訴期間（6か月）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="293"/>
        <source>export by %1</source>
        <translation>%1までに書き出す</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="297"/>
        <source>probably overwritten since %1</source>
        <translation>%1以降は上書きされた可能性</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="302"/>
        <source>CCTV to export (the recorder keeps %1 days)</source>
        <translation>書き出す防犯カメラ映像（録画機の保存は%1日）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="312"/>
        <source>never trained: %1, overdue: %2 (of %3)</source>
        <translation>未受講：%1、期限切れ：%2（%3人中）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="315"/>
        <source>Staff needing training</source>
        <translation>研修が必要な従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="326"/>
        <source>No basic policy adopted yet</source>
        <translation>基本方針がまだ策定されていません</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="329"/>
        <source>Staff who have not acknowledged the policy</source>
        <translation>基本方針を確認していない従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_page.py" line="338"/>
        <source>Records due for erasing</source>
        <translation>保存期間を過ぎた記録（消去の対象）</translation>
    </message>
</context>
<context>
    <name>HomeTabs</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="61"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="62"/>
        <source>Incidents</source>
        <translation>事案一覧</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="63"/>
        <source>Home (Ctrl+1)</source>
        <translation>ホーム (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/home_tabs.py" line="64"/>
        <source>Incidents (Ctrl+2)</source>
        <translation>事案一覧 (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="159"/>
        <source>Hours spent on the incidents of each month (by the month they occurred): the minutes recorded in each incident&apos;s costs (phone calls filed in phone mode, time on site, apology visits, deliberation, the lawyer) and, for incidents with no minutes recorded, the time from start to end (up to 24 hours).</source>
        <translation>各月に起きた事案に費やした時間です。事案の費用に記録された分数（電話モードで記録した通話、現場対応、謝罪訪問、検討、弁護士）と、分数の記録がない事案は開始から終了までの時間（24時間まで）を数えます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="167"/>
        <source>Hours lost per month</source>
        <translation>月別の対応時間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="170"/>
        <source>Phone calls</source>
        <translation>電話対応</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="171"/>
        <source>Other time recorded</source>
        <translation>その他の記録時間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="172"/>
        <source>Start to end</source>
        <translation>開始から終了まで</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dashboard/charts.py" line="174"/>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="80"/>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="81"/>
        <source>Evidence picture</source>
        <translation>証拠の画像</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="93"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="102"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="105"/>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="106"/>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="107"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="108"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="111"/>
        <source>Zoom</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="156"/>
        <source>%1 — evidence</source>
        <translation>%1 — 証拠</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/image_viewer.py" line="161"/>
        <source>Decrypting…</source>
        <translation>復号しています…</translation>
    </message>
</context>
<context>
    <name>ImportEvidenceDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="39"/>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="40"/>
        <source>Add evidence</source>
        <translation>証拠を追加</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="44"/>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="49"/>
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>ファイル %n 件、合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="55"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="56"/>
        <source>What does it show? (optional)</source>
        <translation>何が記録されていますか？（任意）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="61"/>
        <source>Source</source>
        <translation>出所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="68"/>
        <source>Source detail</source>
        <translation>出所の詳細</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="69"/>
        <source>Camera, phone, web address… (optional)</source>
        <translation>カメラ、電話、ウェブアドレスなど…（任意）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="71"/>
        <source>The device clock was off by</source>
        <translation>機器の時計のずれ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="75"/>
        <source>Clock offset in seconds</source>
        <translation>時計のずれ（秒）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="77"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="88"/>
        <source>Device time minus real time: +60 s if the camera showed 14:06 at 14:05.</source>
        <translation>機器の時刻から実際の時刻を引いた値です。実際は14:05のときにカメラが14:06と表示していたら +60 秒。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="101"/>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="102"/>
        <source>&amp;Source:</source>
        <translation>出所(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="103"/>
        <source>De&amp;tail:</source>
        <translation>詳細(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="104"/>
        <source>Clock:</source>
        <translation>時計:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/import_dialog.py" line="106"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="32"/>
        <source>Selected incident</source>
        <translation>選択した事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="49"/>
        <source>Select an incident in the list to see it here.</source>
        <translation>一覧で事案を選ぶと、ここに内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="64"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="65"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="66"/>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="67"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="68"/>
        <source>Behaviour</source>
        <translation>行為</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="69"/>
        <source>Demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="79"/>
        <source>People</source>
        <translation>関係者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="79"/>
        <source>Words said</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/incident_detail.py" line="79"/>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="64"/>
        <source>Exact &amp;words</source>
        <translation>発言(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="65"/>
        <source>&amp;Timeline</source>
        <translation>経過(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="66"/>
        <source>&amp;People</source>
        <translation>関係者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="67"/>
        <source>&amp;Statements</source>
        <translation>聞き取り(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="68"/>
        <source>A&amp;ctions</source>
        <translation>対応(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="69"/>
        <source>C&amp;osts</source>
        <translation>費用(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/record_tabs.py" line="74"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="116"/>
        <source>The logbook is locked. What you typed is kept and comes back when the logbook is unlocked; nothing has been saved or lost.</source>
        <translation>記録帳はロックされています。入力した内容は保持され、ロックを解除すると元に戻ります。保存されたものも、失われたものもありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="126"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="128"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="130"/>
        <source>Save and close</source>
        <translation>保存して閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="133"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="353"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="354"/>
        <source>This incident has changes that are not saved yet. Save them?</source>
        <translation>この事案には、まだ保存していない変更があります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="372"/>
        <source>New incident</source>
        <translation>新しい事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/incident_editor.py" line="373"/>
        <source>%1 — Incident[*]</source>
        <translation>%1 — 事案[*]</translation>
    </message>
</context>
<context>
    <name>IncidentFields</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="18"/>
        <source>Occurred</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="19"/>
        <source>Ended</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="20"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="21"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="22"/>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="23"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="24"/>
        <source>What happened</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="25"/>
        <source>Demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="26"/>
        <source>Behaviours</source>
        <translation>行為</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="27"/>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="28"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="29"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="30"/>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="31"/>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="72"/>
        <source>Exact words</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="32"/>
        <source>Said at</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="33"/>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="34"/>
        <source>Answer given</source>
        <translation>こちらの応答</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="35"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="36"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="37"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="38"/>
        <source>By</source>
        <translation>対応者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="39"/>
        <source>Role</source>
        <translation>立場</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="40"/>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="293"/>
        <source>Staff member</source>
        <translation>従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="41"/>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="295"/>
        <source>Outside person</source>
        <translation>外部の人</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="42"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="43"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="44"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="45"/>
        <source>Employment</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="46"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="47"/>
        <source>Label</source>
        <translation>呼び名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="48"/>
        <source>Witness</source>
        <translation>目撃者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="49"/>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="50"/>
        <source>Given at</source>
        <translation>聴取日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="51"/>
        <source>Taken by</source>
        <translation>聴取者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="52"/>
        <source>Statement</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="53"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="54"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="55"/>
        <source>Minutes</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="56"/>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="57"/>
        <source>Assessment</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="58"/>
        <source>Staff care</source>
        <translation>従業員のケア</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="59"/>
        <source>Prevention</source>
        <translation>再発防止</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="60"/>
        <source>Training case</source>
        <translation>研修で共有</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="61"/>
        <source>Day the shop learned who the offender is</source>
        <translation>店（会社）が犯人を知った日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="64"/>
        <source>Day the staff member harmed learned who the offender is</source>
        <translation>被害を受けた店員が犯人を知った日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="73"/>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="74"/>
        <source>People</source>
        <translation>関係者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="75"/>
        <source>Statements</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="76"/>
        <source>Actions</source>
        <translation>対応</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="77"/>
        <source>Costs</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/field_names.py" line="112"/>
        <source>%1, row %2</source>
        <translation>%1、%2行目</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="306"/>
        <source>Who</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/models.py" line="313"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>IncidentListEmpty</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="90"/>
        <source>No incident matches the search and filters.</source>
        <translation>検索と絞り込みに該当する事案はありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="90"/>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="95"/>
        <source>No incidents recorded yet. When something happens, record it while it is fresh: what was said, when, who was there.</source>
        <translation>まだ事案は記録されていません。何かあったら、記憶が新しいうちに記録しましょう: 何を言われたか、いつ、誰がいたか。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/empty_state.py" line="98"/>
        <source>Record an incident now</source>
        <translation>今すぐ事案を記録する</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="176"/>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="177"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="178"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="179"/>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="180"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="181"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/models/incident_table.py" line="182"/>
        <source>Behaviour</source>
        <translation>行為</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="58"/>
        <source>3. Judge the complaint</source>
        <translation>3. 苦情を判断する</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="61"/>
        <source>Not every complaint is harassment. A justified complaint gets an apology and a fix; harassment is an unacceptable manner, whatever the claim.</source>
        <translation>苦情がすべてカスハラとは限りません。正当な苦情には謝罪して対処します。主張の内容にかかわらず、手段・態様が社会通念上許されないものであればカスハラです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="66"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="67"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="68"/>
        <source>Unclear</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="70"/>
        <source>Is there a defect or a fault of the shop?</source>
        <translation>商品の欠陥や、店側の過失はありますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="71"/>
        <source>Is the demand about the shop&apos;s goods or services?</source>
        <translation>要求は、店の商品・サービスに関するものですか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="77"/>
        <source>1. Is the claim justified?</source>
        <translation>1. 要求に妥当性はありますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="85"/>
        <source>2. Is the manner acceptable? Tick what applies</source>
        <translation>2. 手段・態様は相当ですか？当てはまるものにチェック</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="91"/>
        <source>Prolonged (tying staff up for a long time)</source>
        <translation>長時間（従業員を長く拘束）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="92"/>
        <source>Violent or threatening</source>
        <translation>暴力的・威圧的</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="93"/>
        <source>Persistent, repeated</source>
        <translation>継続的・執拗</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="94"/>
        <source>Discriminatory</source>
        <translation>差別的</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="95"/>
        <source>Sexual</source>
        <translation>性的</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="106"/>
        <source>The shop&apos;s own criteria that were met</source>
        <translation>該当した店舗独自の基準</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="108"/>
        <source>The shop&apos;s own criteria that were met, one per line</source>
        <translation>該当した店舗独自の基準（1行に1つ）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="119"/>
        <source>Who judged</source>
        <translation>判断した人</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="121"/>
        <source>This is our judgement</source>
        <translation>これを当店の判断とする</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="125"/>
        <source>Judged by</source>
        <translation>判断者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="128"/>
        <source>Notes on the judgement</source>
        <translation>判断についてのメモ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="130"/>
        <source>&amp;Judged by</source>
        <translation>判断者(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="131"/>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="137"/>
        <source>Verdict</source>
        <translation>判断結果</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="146"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="149"/>
        <source>Next steps</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="212"/>
        <source>Ticked from what was recorded in step 1. Check each one and untick what does not apply:</source>
        <translation>手順1で記録した行為からチェックを入れました。一つずつ確認し、当てはまらないものはチェックを外してください:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_judge.py" line="260"/>
        <source>Some answers contradict each other or the record. The draft is still saved as it is; check these before acting on the verdict:</source>
        <translation>回答どうし、または回答と記録に食い違いがあります。下書きはこのままでも保存されますが、判断結果に沿って行動する前に、次の点を確認してください:</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="98"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="72"/>
        <source>Welcome to Kasuhara Desktop</source>
        <translation>Kasuhara Desktop へようこそ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="73"/>
        <source>A private logbook of customer harassment, kept on this PC.</source>
        <translation>カスハラの記録を、このパソコンの中だけに安全に残します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="76"/>
        <source>This short setup creates the shop&apos;s logbook. Everything stays encrypted on this computer. First, choose the language.</source>
        <translation>この設定で、お店の記録帳を作ります。記録はすべて暗号化され、このパソコンの外には出ません。まず言語を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="83"/>
        <source>A logbook already exists in %1. You can open it instead of making a new one.</source>
        <translation>%1 にはすでに記録帳があります。新しく作る代わりに、それを開くこともできます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/language_page.py" line="88"/>
        <source>Open &amp;this logbook…</source>
        <translation>この記録帳を開く(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/list_tabs.py" line="179"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/list_tabs.py" line="183"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="56"/>
        <source>Ne&amp;w incident…</source>
        <translation>新しい事案(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="60"/>
        <source>&amp;Open incident</source>
        <translation>事案を開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation>最新の状態に更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="71"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="75"/>
        <source>&amp;Clear filters</source>
        <translation>絞り込みを解除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="78"/>
        <source>&amp;Lock now</source>
        <translation>今すぐロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="83"/>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="92"/>
        <source>&amp;How to use Kasuhara Desktop</source>
        <translation>Kasuhara Desktop の使い方(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="98"/>
        <source>&amp;About Kasuhara Desktop</source>
        <translation>Kasuhara Desktop について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="106"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="115"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="120"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_menu.py" line="124"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/incident_browser.py" line="85"/>
        <source>Incidents</source>
        <translation>事案一覧</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/incident_browser.py" line="60"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/incident_browser.py" line="63"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/lock_screen.py" line="37"/>
        <source>The logbook is locked</source>
        <translation>記録帳はロックされています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="192"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="75"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="49"/>
        <source>Logbook: %1</source>
        <translation>記録帳: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="52"/>
        <source>User: %1</source>
        <translation>利用者: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="54"/>
        <source>User: %1 (%2)</source>
        <translation>利用者: %1（%2）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="61"/>
        <source>Logbook: %1 (read-only)</source>
        <translation>記録帳: %1（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/status_line.py" line="64"/>
        <source>This logbook is open read-only (a write-protected or full drive): nothing can be saved. Copy it to the PC with “kasuhara restore”, or free space on the drive.</source>
        <translation>この記録帳は読み取り専用で開いています（書き込み禁止またはいっぱいのドライブ）。保存はできません。「kasuhara restore」でPCにコピーするか、ドライブの空き容量を増やしてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="362"/>
        <source>Kasuhara Desktop</source>
        <translation>Kasuhara Desktop</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="395"/>
        <source>About Kasuhara Desktop</source>
        <translation>Kasuhara Desktop について</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/main_window.py" line="398"/>
        <source>Kasuhara Desktop: an offline, encrypted logbook of customer harassment. Nothing leaves this computer.</source>
        <translation>Kasuhara Desktop: カスハラを記録する、オフラインで暗号化された記録帳です。データがこのパソコンの外に出ることはありません。</translation>
    </message>
</context>
<context>
    <name>MediaPlayerDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="94"/>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="95"/>
        <source>Evidence recording</source>
        <translation>証拠の録音・録画</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="119"/>
        <source>Play or pause</source>
        <translation>再生・一時停止</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="124"/>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="128"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="131"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="163"/>
        <source>%1 — evidence</source>
        <translation>%1 — 証拠</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="196"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="205"/>
        <source>Audio recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="260"/>
        <source>No sound output was found on this computer (no speakers or headphones, or sound is turned off): the recording plays without sound. Connect speakers or headphones; they are used as soon as the computer finds them.</source>
        <translation>このパソコンに音声の出力先が見つかりません（スピーカーやヘッドホンがない、または音が無効になっています）。録音は音なしで再生されます。スピーカーかヘッドホンをつなぐと、見つかり次第そこから音が出ます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="273"/>
        <source>The recording could not be read: %1</source>
        <translation>録音・録画を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/media_player.py" line="283"/>
        <source>This recording cannot be played here (%1). Export it and open it in another player.</source>
        <translation>この録音・録画はここでは再生できません（%1）。書き出して、別のプレーヤーで開いてください。</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/next_steps.py" line="48"/>
        <source>Law: %1 (in force %2). Source: %3, checked %4.</source>
        <translation>法令：%1（%2施行）。出典：%3（%4確認）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/next_steps.py" line="59"/>
        <source>Not verified against e-Gov: confirm before relying on it.</source>
        <translation>e-Govでは未確認です。利用する前に確認してください。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="56"/>
        <source>No-entry notice for %1</source>
        <translation>出入禁止通知書（%1）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="88"/>
        <source>Save 内容証明 &amp;text…</source>
        <translation>内容証明用テキストを保存(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="93"/>
        <source>&amp;Issue notice…</source>
        <translation>通知書を発行(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="96"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="136"/>
        <source>Before any ban: %1. Answer the question in the guide&apos;s judge step, or give an override reason below (it is recorded).</source>
        <translation>出入禁止の前に：%1。ガイドの「判断」ステップで回答するか、下に例外とする理由を入力してください（記録されます）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="147"/>
        <source>This incident has no confirmed harassment verdict (%1). Bans must not be arbitrary: judge the incident first, or give an override reason below (it is recorded).</source>
        <translation>この事案には、確定したカスハラの判断がありません（%1）。出入禁止は恣意的であってはなりません。先に事案を判断するか、下に例外として発行する理由を書いてください（理由は記録されます）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="157"/>
        <source>This shop&apos;s trade is bound by statute to serve customers (inns, public baths, clinics): check that law, or ask a lawyer, before refusing anyone.</source>
        <translation>この店の業種は、法律で客を受け入れる義務があります（旅館、公衆浴場、診療所）。誰かを断る前に、その法律を確認するか、弁護士に相談してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="197"/>
        <source>revoked</source>
        <translation>解除まで</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="200"/>
        <source>Replace the earlier notice?</source>
        <translation>以前の通知を置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="203"/>
        <source>Notice %1 already bans this person (%2 to %3). Two bans for one person cannot run at once. Replace it? It is ended the day before this notice starts (or revoked), with this notice&apos;s number as the reason.</source>
        <translation>通知 %1 により、この人物はすでに出入禁止です（%2〜%3）。同じ人物に二つの禁止を同時に適用することはできません。置き換えますか？以前の通知は、この通知の開始日の前日で終了（または解除）し、この通知の番号を理由として記録します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="236"/>
        <source>Duty to serve</source>
        <translation>受け入れ義務</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="238"/>
        <source>Inns, public baths and clinics may refuse customers only where their own law allows it. Have you checked that this refusal is allowed?</source>
        <translation>旅館、公衆浴場、診療所は、それぞれの法律が認める場合にしか客を断れません。今回の拒否が認められることを確認しましたか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="248"/>
        <source>Issue the notice?</source>
        <translation>通知書を発行しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="250"/>
        <source>The notice gets its number and is stored with its PDF. It cannot be edited afterwards, only shortened or revoked with a reason. Issue it now?</source>
        <translation>通知書に番号が付き、PDFとともに保存されます。発行後は編集できず、理由を付けて短縮または解除することしかできません。今すぐ発行しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_dialog.py" line="285"/>
        <source>Issued as %1. Print it or save it, then record how it was served in the ban register.</source>
        <translation>%1 として発行しました。印刷または保存してから、出入禁止の一覧で送付・交付の方法を記録してください。</translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="59"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="60"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="61"/>
        <source>Description</source>
        <translation>特徴</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="63"/>
        <source>If the name is not known: age, clothes, glasses, when they come…</source>
        <translation>名前が分からない場合: 年齢、服装、眼鏡、来店する時間帯など…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="65"/>
        <source>Phone (for the lookup)</source>
        <translation>電話番号（照合用）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="68"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="70"/>
        <source>To (the person)</source>
        <translation>通知の相手方</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="72"/>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="73"/>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="148"/>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="74"/>
        <source>Description:</source>
        <translation>特徴:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="75"/>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="149"/>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="76"/>
        <source>Photo:</source>
        <translation>写真:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="78"/>
        <source>Date of the notice</source>
        <translation>通知日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="79"/>
        <source>Banned from</source>
        <translation>禁止の開始日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="80"/>
        <source>Banned until (last day)</source>
        <translation>禁止の終了日（最終日）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="81"/>
        <source>No end date (until revoked)</source>
        <translation>終了日なし（解除まで）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="86"/>
        <source>Premises</source>
        <translation>対象施設</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="87"/>
        <source>One shop per line; empty: this shop</source>
        <translation>1行に1店舗。空欄なら当店</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="91"/>
        <source>The ban</source>
        <translation>出入禁止の内容</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="93"/>
        <source>Notice dated:</source>
        <translation>通知日:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="94"/>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="95"/>
        <source>Until:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="96"/>
        <source>Premises:</source>
        <translation>対象施設:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="98"/>
        <source>Reason: the facts</source>
        <translation>理由: 事実</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="99"/>
        <source>Where to object</source>
        <translation>異議の申出先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="100"/>
        <source>Override reason</source>
        <translation>例外として発行する理由</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="102"/>
        <source>Why a notice is issued without a harassment verdict (recorded)</source>
        <translation>カスハラの判断がないまま発行する理由（記録されます）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="106"/>
        <source>Written to the person: what they did, with their words and the times, in neutral language. The internal summary is not printed. Check it against the preview and edit it if needed.</source>
        <translation>相手方に宛てた文面です（行為・発言・時刻を中立的な表現で記載）。内部の概要は印刷されません。プレビューで確認し、必要に応じて修正してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="113"/>
        <source>Name the staff who dealt with the person</source>
        <translation>対応した従業員の名前を記載する</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="115"/>
        <source>&amp;Compose from the record</source>
        <translation>記録から作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="123"/>
        <source>Reason and objections</source>
        <translation>理由と異議の申出</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="126"/>
        <source>Facts:</source>
        <translation>事実:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="128"/>
        <source>Objections to:</source>
        <translation>異議の申出先:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="129"/>
        <source>Override reason:</source>
        <translation>例外の理由:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="132"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="133"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="134"/>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="135"/>
        <source>Shop address</source>
        <translation>店舗の住所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="136"/>
        <source>Shop phone</source>
        <translation>店舗の電話番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="139"/>
        <source>Language version</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="143"/>
        <source>Issued by</source>
        <translation>通知者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="145"/>
        <source>Shop:</source>
        <translation>店舗:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="146"/>
        <source>Company:</source>
        <translation>会社名:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="147"/>
        <source>Representative:</source>
        <translation>代表者:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="153"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_form.py" line="211"/>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
</context>
<context>
    <name>NoticePdfDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="228"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="65"/>
        <source>No end</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="70"/>
        <source>Yes</source>
        <translation>済</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="70"/>
        <source>Not yet</source>
        <translation>未</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>Person</source>
        <translation>相手方</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="103"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Served</source>
        <translation>送付・交付</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="104"/>
        <source>Breaches</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/register_model.py" line="105"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="59"/>
        <source>6. Possible offences</source>
        <translation>6. 成立しうる犯罪</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="60"/>
        <source>Points to discuss with a lawyer or the police.</source>
        <translation>弁護士や警察と相談するための論点です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="76"/>
        <source>Day the shop learned who the offender is</source>
        <translation>店（会社）が犯人を知った日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="78"/>
        <source>Day the shop (the company) got to &amp;know who the offender is</source>
        <translation>店（会社）が犯人を知った日(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="82"/>
        <source>Day the staff member harmed learned who the offender is</source>
        <translation>被害を受けた店員が犯人を知った日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="87"/>
        <source>Day the staff member harmed got to know who the offender is (the &amp;earliest, if several)</source>
        <translation>被害を受けた店員が犯人を知った日（複数いる場合は最も早い日）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="95"/>
        <source>Questions the record leaves open</source>
        <translation>記録からは分からない点の確認</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="160"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="160"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="161"/>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="215"/>
        <source>No article matches the facts recorded so far.</source>
        <translation>これまでに記録した事実に該当する条文はありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="222"/>
        <source>Art. %1 %2</source>
        <translation>第%1条 %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="224"/>
        <source>(data not yet verified)</source>
        <translation>（データ未確認）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="305"/>
        <source>%1. Enter that day above.</source>
        <translation>%1。上の欄にその日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="240"/>
        <source>Still open</source>
        <translation>未確認の点</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="244"/>
        <source>Penalty: %1</source>
        <translation>法定刑: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_offences.py" line="291"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>OnSitePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="69"/>
        <source>4. On-site response</source>
        <translation>4. 現場での対応</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="72"/>
        <source>Press a button the moment you say it: the time is recorded. Ask to stop and order to leave 2-3 times each before the final warning.</source>
        <translation>言ったその時にボタンを押してください。時刻が記録されます。最終警告の前に、中止の要求と退去の要求をそれぞれ2〜3回行ってください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="82"/>
        <source>Logged by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="85"/>
        <source>Supervisor who decided to end it</source>
        <translation>打ち切りを決めた責任者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="91"/>
        <source>① Told: the conversation is ending</source>
        <translation>① 対応の打ち切りを告げた</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="92"/>
        <source>② Asked to stop</source>
        <translation>② 中止を求めた</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="93"/>
        <source>③ Ordered to leave</source>
        <translation>③ 退去を求めた</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="94"/>
        <source>④ Final warning</source>
        <translation>④ 最終警告</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="95"/>
        <source>⑤ Called the police</source>
        <translation>⑤ 警察に通報した</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="96"/>
        <source>Police arrived</source>
        <translation>警察が到着</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="97"/>
        <source>Recordings handed over</source>
        <translation>録音・録画を提出</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="98"/>
        <source>Customer left</source>
        <translation>客が退去</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="110"/>
        <source>Police</source>
        <translation>警察</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="116"/>
        <source>110 (emergency)</source>
        <translation>110番（緊急）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="117"/>
        <source>#9110 (advice)</source>
        <translation>#9110（相談）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="119"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="133"/>
        <source>Number called</source>
        <translation>かけた番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="126"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="134"/>
        <source>Police s&amp;tation</source>
        <translation>警察署(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="127"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="135"/>
        <source>&amp;Officers</source>
        <translation>警察官(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="128"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="136"/>
        <source>&amp;Case number</source>
        <translation>受理番号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="146"/>
        <source>Logged</source>
        <translation>記録済み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="149"/>
        <source>Logged steps with their times</source>
        <translation>記録した手順と時刻</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="153"/>
        <source>&amp;Undo last click</source>
        <translation>最後の記録を取り消す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="186"/>
        <source>Decided with %1</source>
        <translation>%1と決定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="191"/>
        <source>Station: %1</source>
        <translation>警察署: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="192"/>
        <source>Officers: %1</source>
        <translation>警察官: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="193"/>
        <source>Case number: %1</source>
        <translation>受理番号: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="199"/>
        <source>Handed to %1</source>
        <translation>%1に提出</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="255"/>
        <source>Next: %1 again (%2 of at least %3 so far)</source>
        <translation>次: もう一度「%1」（これまで %2 回、少なくとも %3 回）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="286"/>
        <source>Stop requests: %1</source>
        <translation>中止の要求: %1回</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="287"/>
        <source>Orders to leave: %1</source>
        <translation>退去の要求: %1回</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="288"/>
        <source>Final warnings: %1</source>
        <translation>最終警告: %1回</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="289"/>
        <source>Police calls: %1</source>
        <translation>警察への通報: %1回</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="260"/>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="86"/>
        <source>&amp;Logged by</source>
        <translation>記録者(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="87"/>
        <source>Su&amp;pervisor who decided to end it</source>
        <translation>打ち切りを決めた責任者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="262"/>
        <source>Every step of the flow is logged.</source>
        <translation>すべての手順を記録しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="264"/>
        <source>%n stop request(s)</source>
        <translation>
            <numerusform>中止の要求 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="265"/>
        <source>%n order(s) to leave</source>
        <translation>
            <numerusform>退去の要求 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="268"/>
        <source>The customer left after %1 and %2. Nothing more to press; add what else happened, if anything, in the timeline.</source>
        <translation>顧客は、%1・%2 の後に立ち去りました。これ以上押すボタンはありません。ほかに起きたことがあれば時系列に追加してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_on_site.py" line="312"/>
        <source>Write the supervisor&apos;s name: ending the conversation is decided with a supervisor.</source>
        <translation>責任者の名前を書いてください。対応の打ち切りは責任者と相談して決めます。</translation>
    </message>
</context>
<context>
    <name>OverlayTimeDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="84"/>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="85"/>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="114"/>
        <source>Time shown on the picture</source>
        <translation>画面に表示された時刻</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="93"/>
        <source>Enter the date and time exactly as the camera&apos;s clock shows it on the picture. The report prints it as shown and, when the camera clock&apos;s offset is recorded, corrected by it. The PC file&apos;s time and the import time are never corrected.</source>
        <translation>カメラの時計が画面に表示している日時を、そのとおりに入力してください。報告書には表示どおりの時刻と、カメラの時計のずれが記録されていれば補正した時刻を記載します。PC 上のファイルの時刻と取り込み日時は補正しません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="109"/>
        <source>Camera clock</source>
        <translation>カメラの時計</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="120"/>
        <source>&amp;Time shown:</source>
        <translation>表示された時刻(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="121"/>
        <source>&amp;No time read off the picture (clear it)</source>
        <translation>画面から時刻を読み取らない（消去）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/overlay_time_dialog.py" line="166"/>
        <source>Saved the time on the picture of %1.</source>
        <translation>%1 の画面の時刻を保存しました。</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="97"/>
        <source>Owner and passphrase</source>
        <translation>オーナーとパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="100"/>
        <source>The passphrase unlocks the logbook. Nobody can recover it for you: the recovery sheet on the next page is the only other way in.</source>
        <translation>パスフレーズで記録帳を開きます。忘れても誰にも調べられません。次のページの復旧シートだけが、もう一つの開け方です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="105"/>
        <source>&amp;Owner&apos;s name:</source>
        <translation>オーナーの名前(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="106"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="107"/>
        <source>&amp;Repeat it:</source>
        <translation>もう一度入力(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="108"/>
        <source>Keep the logbook &amp;in:</source>
        <translation>記録帳の保存先(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="113"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="114"/>
        <source>Open &amp;this logbook…</source>
        <translation>この記録帳を開く(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="136"/>
        <source>This folder already holds a logbook. Open it, or choose another folder for a new one.</source>
        <translation>このフォルダーにはすでに記録帳があります。開くか、新しい記録帳には別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="141"/>
        <source>This folder already holds other files, and no logbook. Choose an empty folder, or a name for a new one.</source>
        <translation>このフォルダーには記録帳ではないファイルがあります。空のフォルダーを選ぶか、新しいフォルダー名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="145"/>
        <source>This is not a folder that can be used. Choose another one.</source>
        <translation>このフォルダーは使えません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="162"/>
        <source>Type the owner&apos;s name.</source>
        <translation>オーナーの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="164"/>
        <source>Choose a stronger passphrase: at least 8 characters, a few words.</source>
        <translation>もっと強いパスフレーズにしてください（8文字以上、いくつかの単語を組み合わせるのがおすすめ）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="167"/>
        <source>The two passphrases are not the same.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="169"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation>確認のため、パスフレーズをもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="197"/>
        <source>Choose a folder for the logbook</source>
        <translation>記録帳のフォルダーを選ぶ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/owner_page.py" line="130"/>
        <source>Choose where to keep the logbook.</source>
        <translation>記録帳の保存先を選んでください。</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="60"/>
        <source>Who</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="66"/>
        <source>Known outside persons</source>
        <translation>登録済みの外部の人</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="68"/>
        <source>Known person</source>
        <translation>登録済みの人</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="77"/>
        <source>Staff members</source>
        <translation>従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="79"/>
        <source>Staff list</source>
        <translation>従業員一覧</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="116"/>
        <source>New staff member (type below)</source>
        <translation>新しい従業員（下に入力）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/people_tab.py" line="121"/>
        <source>New person (type below)</source>
        <translation>新しい人（下に入力）</translation>
    </message>
</context>
<context>
    <name>PdfPanel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="116"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="120"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="122"/>
        <source>&amp;Save PDF…</source>
        <translation>PDFを保存(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="183"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n ページをプリンターに送りました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="192"/>
        <source>Save the notice as PDF</source>
        <translation>通知書をPDFとして保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="211"/>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="213"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n 文字を印刷できませんでした: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="120"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/pdf_preview.py" line="49"/>
        <source>Document preview</source>
        <translation>文書のプレビュー</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/pdf_preview.py" line="57"/>
        <source>The preview is not available here. Save the PDF and open it to check it.</source>
        <translation>ここではプレビューを表示できません。PDFを保存して開き、内容を確認してください。</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="74"/>
        <source>Meeting</source>
        <translation>会議・朝礼</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="75"/>
        <source>Notice board</source>
        <translation>掲示</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="76"/>
        <source>Handout</source>
        <translation>配布</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="77"/>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="78"/>
        <source>Training</source>
        <translation>研修</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="47"/>
        <source>Basic policy</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="63"/>
        <source>Versions</source>
        <translation>版の一覧</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="68"/>
        <source>Start from the &amp;template</source>
        <translation>ひな形から始める(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="73"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="76"/>
        <source>Policy text</source>
        <translation>方針の本文</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="80"/>
        <source>&amp;Save draft</source>
        <translation>案を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="81"/>
        <source>&amp;Adopt…</source>
        <translation>制定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="83"/>
        <source>Record &quot;staff &amp;told&quot;…</source>
        <translation>従業員への周知を記録(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="85"/>
        <source>Ac&amp;knowledged…</source>
        <translation>確認の記録(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="87"/>
        <source>Print staff &amp;document…</source>
        <translation>従業員用文書を印刷(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="90"/>
        <source>Poster A&amp;4…</source>
        <translation>ポスター A4(&amp;4)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="93"/>
        <source>Poster A&amp;3…</source>
        <translation>ポスター A3(&amp;3)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="117"/>
        <source>Versions:</source>
        <translation>版:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="123"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="152"/>
        <source>No policy adopted yet: write it from the template and adopt it.</source>
        <translation>基本方針はまだ制定されていません。ひな形から作成して制定してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="153"/>
        <source>Version %1 adopted on %2.</source>
        <translation>第%1版を%2に制定。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="156"/>
        <source>Staff have not been told yet.</source>
        <translation>従業員への周知はまだです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="158"/>
        <source>Staff last told on %1.</source>
        <translation>最後の周知：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="161"/>
        <source>Not yet acknowledged by %n on the roster.</source>
        <translation>
            <numerusform>名簿のうち%n人が未確認です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="166"/>
        <source>v%1 · %2 · adopted %3</source>
        <translation>第%1版 · %2 · %3 制定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="168"/>
        <source>v%1 · %2 · draft</source>
        <translation>第%1版 · %2 · 案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="248"/>
        <source>Saved as version %1.</source>
        <translation>第%1版として保存しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="255"/>
        <source>Adopt version %1 as the shop&apos;s policy.</source>
        <translation>第%1版を店舗の基本方針として制定します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="257"/>
        <source>The text is saved as a new version and adopted.</source>
        <translation>本文を新しい版として保存し、制定します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="272"/>
        <source>Version %1 adopted.</source>
        <translation>第%1版を制定しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="288"/>
        <source>Recorded: staff told on %1.</source>
        <translation>記録しました：%1に周知。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="306"/>
        <source>Acknowledgements recorded: %n.</source>
        <translation>
            <numerusform>確認を%n件記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="317"/>
        <source>policy_v%1.pdf</source>
        <translation>基本方針_第%1版.pdf</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="318"/>
        <source>Save the staff document</source>
        <translation>従業員用文書の保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="323"/>
        <source>Save the poster (%1)</source>
        <translation>ポスターの保存（%1）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="338"/>
        <source>Making the PDF…</source>
        <translation>PDFを作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="351"/>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="353"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n 文字を印刷できませんでした: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="66"/>
        <source>Handling procedures</source>
        <translation>対応手順</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="80"/>
        <source>Texts in:</source>
        <translation>文章の言語：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="89"/>
        <source>In person</source>
        <translation>店頭</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="90"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="91"/>
        <source>Online / SNS</source>
        <translation>ネット・SNS</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="92"/>
        <source>Written demands</source>
        <translation>書面による要求</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="98"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="99"/>
        <source>Criteria</source>
        <translation>判断基準</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="103"/>
        <source>What changed (kept with the version)</source>
        <translation>変更点（版とともに記録）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="107"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="110"/>
        <source>&amp;Print manual…</source>
        <translation>マニュアルを印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="112"/>
        <source>The manual shows the saved version.</source>
        <translation>マニュアルには保存済みの版が印刷されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="114"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="142"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="145"/>
        <source>What to say when the limit is reached</source>
        <translation>制限時間に達したときの言葉</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="151"/>
        <source>Staff who handle a complaint together (at least):</source>
        <translation>苦情に対応する人数（最低）：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="152"/>
        <source>Phone time limit:</source>
        <translation>電話の制限時間：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="153"/>
        <source>When the limit is reached, say (%1 = minutes):</source>
        <translation>制限時間に達したときの言葉（%1＝分）：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="154"/>
        <source>When and for what we apologise:</source>
        <translation>謝罪の範囲：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="155"/>
        <source>Recording policy (announced to callers):</source>
        <translation>録音の方針（電話の相手に告知）：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="170"/>
        <source>A call longer than the phone limit counts</source>
        <translation>制限時間を超える電話も含める</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="177"/>
        <source>Ticked behaviours are always an unacceptable manner in this shop. When one is recorded on an incident, judging suggests it with its source; the person judging confirms it or not.</source>
        <translation>チェックした言動は、当店では常に不相当な手段・態様として扱います。事案に記録されると、判断の画面に根拠とともに提案として表示され、判断する人が確認します。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="186"/>
        <source>Always unacceptable:</source>
        <translation>常に不相当：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="188"/>
        <source>Our own examples (one per line):</source>
        <translation>当店の具体例（1行に1つ）：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="251"/>
        <source>Version %1, saved %2 by %3; criteria version %4</source>
        <translation>第%1版（%2、%3が保存）／判断基準 第%4版</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="255"/>
        <source>The shipped defaults: not yet adopted by the shop</source>
        <translation>初期設定（当店での採用前）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="288"/>
        <source>Saved as a new version.</source>
        <translation>新しい版として保存しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="290"/>
        <source>Nothing changed: no new version.</source>
        <translation>変更はないため、新しい版は作られていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="294"/>
        <source>manual</source>
        <translation>マニュアル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="296"/>
        <source>Save the manual</source>
        <translation>マニュアルの保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="296"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="312"/>
        <source>Writing the manual…</source>
        <translation>マニュアルを作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_page.py" line="320"/>
        <source>The manual was saved: %1</source>
        <translation>マニュアルを保存しました：%1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="77"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="78"/>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="79"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="80"/>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="81"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="82"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="83"/>
        <source>&amp;Choose</source>
        <translation>選択(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="84"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="85"/>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="86"/>
        <source>Find Directory</source>
        <translation>ディレクトリの検索</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="87"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="88"/>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="89"/>
        <source>Parent Directory</source>
        <translation>親ディレクトリ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="90"/>
        <source>Create New Folder</source>
        <translation>新しいフォルダの作成</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="91"/>
        <source>New Folder</source>
        <translation>新しいフォルダ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="92"/>
        <source>&amp;New Folder</source>
        <translation>新しいフォルダ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="93"/>
        <source>List View</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="94"/>
        <source>Detail View</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="95"/>
        <source>Recent Places</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="96"/>
        <source>All Files (*)</source>
        <translation>すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="97"/>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="98"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="99"/>
        <source>Show &amp;hidden files</source>
        <translation>隠しファイルの表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="100"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 は既に存在します。
置き換えますか?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="101"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="102"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="103"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="104"/>
        <source>Date Modified</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="105"/>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="106"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="107"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="108"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="109"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="110"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="111"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="112"/>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="75"/>
        <source>Show Details...</source>
        <translation>詳細を表示...</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="76"/>
        <source>Hide Details...</source>
        <translation>詳細を隠す...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="57"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="58"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="59"/>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="60"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="61"/>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="62"/>
        <source>Yes to &amp;All</source>
        <translation>全てはい(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="63"/>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="64"/>
        <source>N&amp;o to All</source>
        <translation>全ていいえ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="65"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="66"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="67"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="68"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="69"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="70"/>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="71"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="72"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="73"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="74"/>
        <source>Restore Defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="115"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="116"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="117"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="118"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="119"/>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/i18n.py" line="215"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="143"/>
        <source>Consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="150"/>
        <source>A name, or initials if they wish</source>
        <translation>名前（希望があればイニシャル）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="163"/>
        <source>K-2026-0001 (if it concerns one)</source>
        <translation>K-2026-0001（関係する事案があれば）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="168"/>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="180"/>
        <source>&amp;Who consulted</source>
        <translation>相談者(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="181"/>
        <source>W&amp;hen</source>
        <translation>日時(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="182"/>
        <source>&amp;How</source>
        <translation>方法(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="183"/>
        <source>&amp;Contact person</source>
        <translation>相談担当者(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="184"/>
        <source>&amp;Incident</source>
        <translation>事案(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="185"/>
        <source>&amp;What about</source>
        <translation>相談内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="186"/>
        <source>What was &amp;done</source>
        <translation>対応内容(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_forms.py" line="187"/>
        <source>Follow-up</source>
        <translation>今後の対応</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="192"/>
        <source>Only the owner and the contact person named on a record can see it.</source>
        <translation>記録を見ることができるのは、店主と記録に記載された相談担当者だけです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="199"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="200"/>
        <source>Who consulted</source>
        <translation>相談者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="201"/>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="202"/>
        <source>Contact person</source>
        <translation>相談担当者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="203"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="204"/>
        <source>What about</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="210"/>
        <source>&amp;Save record</source>
        <translation>記録を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="211"/>
        <source>New &amp;record</source>
        <translation>新しい記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="254"/>
        <source>The consultation was recorded.</source>
        <translation>相談を記録しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/consultation_page.py" line="257"/>
        <source>The record was updated.</source>
        <translation>記録を更新しました。</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="67"/>
        <source>Recovery sheet</source>
        <translation>復旧シート</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="70"/>
        <source>If the passphrase is ever forgotten, this sheet is the only way back into the logbook. Print it or save it, and keep it somewhere safe, away from this PC.</source>
        <translation>パスフレーズを忘れたとき、記録帳を開けるのはこのシートだけです。印刷または保存して、このパソコンとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="74"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="75"/>
        <source>&amp;Save to a USB stick…</source>
        <translation>USB メモリーに保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="77"/>
        <source>I have printed or saved the recovery sheet and keep it in a safe place.</source>
        <translation>復旧シートを印刷または保存し、安全な場所に保管しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="79"/>
        <source>The recovery sheet is stored safely</source>
        <translation>復旧シートを安全に保管した</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="90"/>
        <source>Preparing the recovery sheet…</source>
        <translation>復旧シートを作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="120"/>
        <source>Sent to the printer.</source>
        <translation>プリンターに送りました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="127"/>
        <source>recovery-sheet.pdf</source>
        <translation>復旧シート.pdf</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="129"/>
        <source>Save the recovery sheet</source>
        <translation>復旧シートを保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="129"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="153"/>
        <source>Saved to %1, on this computer. The sheet must not stay on a computer: print it or copy it to a USB stick, keep that in a safe place, then delete this file.</source>
        <translation>%1 に保存しました（このパソコンの中です）。このシートはパソコンに残してはいけません。印刷するか USB メモリーにコピーして安全な場所に保管し、このファイルは削除してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/recovery_page.py" line="157"/>
        <source>Saved to %1. Keep the USB stick in a safe place, away from this PC.</source>
        <translation>%1 に保存しました。USB メモリーはこのパソコンから離れた安全な場所に保管してください。</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="34"/>
        <source>Time zone and business</source>
        <translation>タイムゾーンと業種</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="35"/>
        <source>Times of incidents are recorded in the shop&apos;s time zone.</source>
        <translation>事案の日時は、お店のタイムゾーンで記録されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="36"/>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/region_page.py" line="37"/>
        <source>T&amp;ype of business:</source>
        <translation>業種(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="49"/>
        <source>Change the data key</source>
        <translation>データキーの変更</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="56"/>
        <source>A new random data key replaces the current one: the logbook is re-encrypted with it and your passphrase stays the same. The recovery key on the recovery sheet of %1 then no longer opens this logbook, and neither do old copies of the key file (vault.json). You save a new recovery sheet now: print it or keep it on a USB stick in a safe place, and destroy the old sheet. Backups made before keep the old key.</source>
        <translation>新しいランダムなデータキーが今のキーに代わります。記録帳はそのキーで暗号化し直され、パスフレーズは変わりません。%1 のリカバリーシートのリカバリーキーでは、この記録帳を開けなくなります。古いキーファイル(vault.json)のコピーも同じです。今、新しいリカバリーシートを保存してください。印刷するかUSBメモリに入れて安全な場所に保管し、古いシートは破棄してください。これより前のバックアップは古いキーのままです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="69"/>
        <source>Only your own passphrase can be kept. The key slots of these users are removed, and they need a new passphrase afterwards: %1</source>
        <translation>残せるのはあなた自身のパスフレーズだけです。次のユーザーのキースロットは削除されるので、後で新しいパスフレーズが必要です: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="80"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="81"/>
        <source>Your passphrase</source>
        <translation>あなたのパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="86"/>
        <source>Change the data key…</source>
        <translation>データキーを変更…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="104"/>
        <source>The logbook was unlocked with the recovery key: set a passphrase and unlock with it first (the new key is kept under your passphrase).</source>
        <translation>この記録帳はリカバリーキーで開かれています。先にパスフレーズを設定し、それで開き直してください(新しいキーはパスフレーズで保護されます)。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="111"/>
        <source>recovery-sheet.pdf</source>
        <translation>リカバリーシート.pdf</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="113"/>
        <source>Save the new recovery sheet</source>
        <translation>新しいリカバリーシートを保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="113"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="124"/>
        <source>Type your passphrase first.</source>
        <translation>先にパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="141"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="144"/>
        <source>Changing the data key…</source>
        <translation>データキーを変更しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="155"/>
        <source>The data key was changed. The new recovery sheet was saved to %1: keep it in a safe place. The old recovery sheet no longer opens this logbook.</source>
        <translation>データキーを変更しました。新しいリカバリーシートを %1 に保存しました。安全な場所に保管してください。古いリカバリーシートでは、もうこの記録帳を開けません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/rekey_dialog.py" line="167"/>
        <source>Wrong passphrase: nothing was changed.</source>
        <translation>パスフレーズが違います。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>RenameForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="123"/>
        <source>Rename %1</source>
        <translation>%1 の名前を変更</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="127"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="128"/>
        <source>Display name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="132"/>
        <source>Type the display name (it is printed in documents).</source>
        <translation>表示名を入力してください（書類に印刷されます）。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="41"/>
        <source>Incident report — %1</source>
        <translation>事案報告書 — %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="50"/>
        <source>&amp;Save PDF…</source>
        <translation>PDFを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="57"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="91"/>
        <source>Checking the evidence and making the report…</source>
        <translation>証拠を確認し、報告書を作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="113"/>
        <source>%1 pages.</source>
        <translation>%1ページ。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="117"/>
        <source>Evidence that failed its check (the report says so): %1</source>
        <translation>確認に失敗した証拠（報告書にも記載）: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="124"/>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="139"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n 文字を印刷できませんでした: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/report_dialog.py" line="145"/>
        <source>Save the report</source>
        <translation>報告書を保存</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_page.py" line="327"/>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="269"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/common.py" line="280"/>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="67"/>
        <source>Request</source>
        <translation>協力の求め</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="73"/>
        <source>We ask another employer</source>
        <translation>当店から他の事業主に求める</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="74"/>
        <source>Another employer asks us</source>
        <translation>他の事業主から当店が求められた</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="84"/>
        <source>K-2026-0001 (if it concerns one)</source>
        <translation>K-2026-0001（関係する事案があれば）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="85"/>
        <source>D&amp;raft from incident</source>
        <translation>事案から下書き(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="91"/>
        <source>Happened on</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="103"/>
        <source>Print the staff names on the letter</source>
        <translation>従業員の名前を文書に記載する</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="106"/>
        <source>&amp;Direction</source>
        <translation>区分(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="107"/>
        <source>Sent or received &amp;on</source>
        <translation>送付日・受付日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="108"/>
        <source>Other &amp;employer</source>
        <translation>相手方の事業主(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="109"/>
        <source>Their contact</source>
        <translation>相手方の担当者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="110"/>
        <source>Their address</source>
        <translation>相手方の住所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="111"/>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="113"/>
        <source>What &amp;happened</source>
        <translation>出来事(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="114"/>
        <source>What is &amp;asked</source>
        <translation>求める内容(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="115"/>
        <source>Res&amp;ponse</source>
        <translation>回答・対応(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/cooperation_page.py" line="116"/>
        <source>&amp;Staff concerned</source>
        <translation>関係する従業員(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="181"/>
        <source>New passphrase for %1</source>
        <translation>%1 の新しいパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="184"/>
        <source>Tell the new passphrase to this person only; they can change it later.</source>
        <translation>新しいパスフレーズは本人だけに伝えてください。本人が後で変更できます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="189"/>
        <source>New passphrase:</source>
        <translation>新しいパスフレーズ:</translation>
    </message>
</context>
<context>
    <name>ResponsePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_base.py" line="21"/>
        <source>A manager judges the complaint and the legal points; your record is saved for them.</source>
        <translation>苦情の判断と法的な論点は管理職が行います。あなたの記録は管理職のために保存されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_base.py" line="29"/>
        <source>A manager records the response, chooses the status and decides on a notice; your record is saved as a draft for them.</source>
        <translation>対応の記録、ステータスの選択、出入禁止通知書を出すかどうかの決定は管理職が行います。あなたの記録は管理職のために下書きとして保存されます。</translation>
    </message>
</context>
<context>
    <name>ResponseTexts</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="34"/>
        <source>The shop is at fault, yet the demand is said to be unrelated to its goods or services. A fault of the shop makes the claim justified only when the demand is about that fault.</source>
        <translation>店側に過失があるとしながら、要求は商品・サービスと無関係とされています。店側の過失で要求が正当になるのは、要求がその過失に関するものである場合だけです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="40"/>
        <source>Recorded as a groundless refund demand, yet the shop is said to be at fault. Either the demand had a basis or the shop was not at fault.</source>
        <translation>根拠のない返金要求として記録されていますが、店側に過失があるとされています。要求に根拠があったのか、店側に過失がなかったのか、どちらかです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="45"/>
        <source>Recorded as an unrelated demand, yet the demand is said to concern the goods. Check the behaviours ticked in step 1 against this answer.</source>
        <translation>無関係な要求として記録されていますが、要求は商品に関するものとされています。手順1でチェックした行為と、この回答を照らし合わせてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="50"/>
        <source>“%1” is recorded, but no matching unacceptable manner is ticked. Tick it, or untick the behaviour if it did not happen.</source>
        <translation>「%1」が記録されていますが、対応する許されない手段・態様にチェックがありません。チェックを入れるか、その行為がなかった場合は行為のチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="55"/>
        <source>Judged before the facts were confirmed. Do not act on unclear facts: confirm them in step 2 first.</source>
        <translation>事実の確認前に判断しています。はっきりしない事実に基づいて行動せず、まず手順2で事実を確認してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="65"/>
        <source>The incident already has that status.</source>
        <translation>この事案はすでにその状態です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="66"/>
        <source>Statuses go forward one step at a time.</source>
        <translation>状態は1段階ずつ進めます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="67"/>
        <source>Going back to an earlier status needs a reason.</source>
        <translation>前の状態に戻すには理由が必要です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="70"/>
        <source>Record who confirmed the facts (step 2).</source>
        <translation>事実を確認した人を記録してください（手順2）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="73"/>
        <source>The facts must be confirmed before judging (step 2).</source>
        <translation>判断の前に事実を確認する必要があります（手順2）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="76"/>
        <source>The answers do not allow a verdict yet (step 3).</source>
        <translation>今の回答では、まだ判断できません（手順3）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="79"/>
        <source>Record who made the judgement (step 3).</source>
        <translation>判断した人を記録してください（手順3）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="80"/>
        <source>Record at least one action taken (apology, notice, report...).</source>
        <translation>行った対応を1つ以上記録してください（謝罪、通知書、届出など）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="83"/>
        <source>Follow-ups are still open; finish them or give a reason for closing anyway.</source>
        <translation>未了のフォローアップがあります。済ませるか、それでも完了にする理由を書いてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="92"/>
        <source>There is no assessment yet.</source>
        <translation>まだ判断がありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="93"/>
        <source>The facts are not confirmed yet.</source>
        <translation>事実はまだ確認されていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="94"/>
        <source>The verdict is not harassment: a ban would be arbitrary.</source>
        <translation>判断結果はカスハラではありません。出入禁止にすると恣意的になります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="97"/>
        <source>Whether the behaviour could relate to a disability or a request for accommodation is not yet considered (step 3).</source>
        <translation>行為が障害や配慮の求めに関係する可能性は、まだ検討されていません（ステップ3）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="102"/>
        <source>The behaviour could relate to a disability or a request for accommodation: reasonable accommodation, not a ban.</source>
        <translation>行為が障害や配慮の求めに関係する可能性があります。出入禁止ではなく合理的配慮を。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="107"/>
        <source>This trade is bound by statute to serve (inns, public baths, clinics): check that law with a lawyer before refusing anyone.</source>
        <translation>この業種は法律で応接・受け入れの義務があります（旅館、公衆浴場、診療所）。誰かを断る前に、その法律について弁護士に確認してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="117"/>
        <source>Recorded behaviour: %1</source>
        <translation>記録された行為: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="118"/>
        <source>On the timeline: %1</source>
        <translation>経過に記録: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="119"/>
        <source>Exact words (%1)</source>
        <translation>発言（%1）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="120"/>
        <source>In the record (%1)</source>
        <translation>記録の中（%1）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="121"/>
        <source>Stayed %1 min after the first order to leave</source>
        <translation>最初の退去要求の後も%1分居座った</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="124"/>
        <source>Ordered to leave; no departure recorded</source>
        <translation>退去を求めたが、退去の記録なし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="127"/>
        <source>Happened online (public)</source>
        <translation>オンラインで発生（公然）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="128"/>
        <source>Injury recorded</source>
        <translation>けがの記録あり</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="129"/>
        <source>Medical visit</source>
        <translation>医療機関の受診</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="130"/>
        <source>Staff time spent: %1 min</source>
        <translation>従業員の対応時間: %1分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="131"/>
        <source>Money paid: ¥%1</source>
        <translation>支払った金額: %1円</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="132"/>
        <source>Cost of the damage: ¥%1</source>
        <translation>損害額: %1円</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="138"/>
        <source>No order to leave with the customer staying on is recorded.</source>
        <translation>退去を求めたのに居座ったという記録がありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="141"/>
        <source>No medical visit recorded (a doctor&apos;s note proves an injury or illness).</source>
        <translation>受診の記録がありません（診断書がけがや病気の証明になります）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="145"/>
        <source>The exact words are not recorded.</source>
        <translation>発言がそのまま記録されていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="146"/>
        <source>No threat or violence recorded as the means.</source>
        <translation>手段としての脅迫や暴行の記録がありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="149"/>
        <source>No false rumour or deception recorded.</source>
        <translation>虚偽の風説や偽計の記録がありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="152"/>
        <source>Enter the day each person who may complain learned who the offender is: each one&apos;s 6-month complaint period runs from their own day.</source>
        <translation>告訴できる人それぞれが犯人を知った日を入力してください。6か月の告訴期間は、それぞれの日から数えます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="157"/>
        <source>The 6-month complaint period has passed for everyone who may complain.</source>
        <translation>告訴できるすべての人について、6か月の告訴期間が過ぎています。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="166"/>
        <source>skipped: the verdict says the manner was acceptable</source>
        <translation>省略: 手段・態様は許容範囲と判断</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="169"/>
        <source>skipped: written or online contact</source>
        <translation>省略: 書面またはオンラインでの接触</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="175"/>
        <source>The timeline is not in time order.</source>
        <translation>経過が時刻順になっていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="176"/>
        <source>An order to leave is logged before any request to stop: the Tokyo manual asks the customer to stop first.</source>
        <translation>中止を求める前に退去を求めた記録があります。東京都のマニュアルでは、まず行為の中止を求めます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="181"/>
        <source>The police arrived before any call to them is logged.</source>
        <translation>通報の記録より前に警察が到着しています。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="184"/>
        <source>A logged step is earlier than the time the incident began.</source>
        <translation>事案の開始時刻より前の記録があります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="187"/>
        <source>A logged step is later than the time the incident ended.</source>
        <translation>事案の終了時刻より後の記録があります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/texts.py" line="190"/>
        <source>Some times on the timeline cannot be compared.</source>
        <translation>経過の中に比較できない時刻があります。</translation>
    </message>
</context>
<context>
    <name>ResponseWizard</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="152"/>
        <source>&amp;Save and close</source>
        <translation>保存して閉じる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="120"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="129"/>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="154"/>
        <source>&amp;Save draft and close</source>
        <translation>下書きとして保存して閉じる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="164"/>
        <source>a manager decides and closes</source>
        <translation>管理職が決定して完了します</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="165"/>
        <source>a manager judges this</source>
        <translation>管理職が判断します</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="215"/>
        <source>New incident</source>
        <translation>新しい事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="216"/>
        <source>%1 — Guided response</source>
        <translation>%1 — 対応ガイド</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="256"/>
        <source>Not saved: %1
Nothing you typed was lost: it stays open here. Ask a manager to sign in (File → Switch user…) and save it.</source>
        <translation>保存されていません: %1
入力した内容は失われていません。このまま開いています。管理職にサインインしてもらい（ファイル → 利用者を切り替え…）、保存してもらってください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="262"/>
        <source>Not saved: %1
Nothing you typed was lost.</source>
        <translation>保存されていません: %1
入力した内容は消えていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="277"/>
        <source>Not saved. %1 (%2)
Nothing you typed was lost: correct it and save.</source>
        <translation>保存されていません。%1（%2）
入力した内容は消えていません。直してから保存してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="285"/>
        <source>Not saved: the status cannot be changed to “%1”.
%2
Nothing you typed was lost: fix this, or choose another status in step 7.</source>
        <translation>保存されていません: 状態を「%1」に変更できません。
%2
入力した内容は消えていません。これを直すか、手順7で別の状態を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="332"/>
        <source>Unsaved response</source>
        <translation>保存していない対応</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="333"/>
        <source>This response has things that are not saved yet. Save them?</source>
        <translation>この対応には、まだ保存していない内容があります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="431"/>
        <source>%1 is closed, so the guide does not open on it. To change it, open the incident and choose “Reopen…” (you are asked for the reason).</source>
        <translation>%1 は完了しているため、対応ガイドでは開けません。変更するには事案を開き、「再開…」を選んでください（理由の入力を求められます）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/step_list.py" line="27"/>
        <source>Go back to this step</source>
        <translation>この手順に戻る</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="81"/>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="88"/>
        <source>Records past the shop&apos;s retention period are listed here to be erased. A record on hold, one a notice still rests on, one with a complaint deadline running or follow-ups not done, and a former member of staff a kept training session names are kept.</source>
        <translation>店が決めた保存期間を過ぎた記録を、消去の対象としてここに表示します。保留中の記録、通知書がまだ根拠としている記録、告訴期間が残っている記録、未完了のフォローアップがある記録、保存中の研修記録に載っている退職者は保存されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="96"/>
        <source>Review</source>
        <translation>見直し</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="97"/>
        <source>Periods</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="101"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Due since</source>
        <translation>消去可能日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="117"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Counted</source>
        <translation>起算</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="118"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="122"/>
        <source>Kept because</source>
        <translation>保存する理由</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="125"/>
        <source>Tick &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="128"/>
        <source>&amp;Erase ticked…</source>
        <translation>選択した記録を消去(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="131"/>
        <source>&amp;Hold…</source>
        <translation>保留(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="134"/>
        <source>&amp;Release hold</source>
        <translation>保留を解除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="151"/>
        <source>Kept:</source>
        <translation>保存：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="165"/>
        <source>Due for erasing as of %1: %2</source>
        <translation>%1 時点で消去可能：%2 件</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="182"/>
        <source>Erased with %1</source>
        <translation>%1 と一緒に消去</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="217"/>
        <source>Tick the records to erase first.</source>
        <translation>先に消去する記録を選択してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="228"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="234"/>
        <source>Erasing…</source>
        <translation>消去しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="245"/>
        <source>Erased %n record(s).</source>
        <translation>
            <numerusform>%n 件の記録を消去しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="247"/>
        <source>%n evidence file(s) erased with them.</source>
        <translation>
            <numerusform>あわせて %n 件の証拠ファイルを消去しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="276"/>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="276"/>
        <source>Why must %1 be kept?</source>
        <translation>%1 を保存する理由は？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="284"/>
        <source>Select a record first.</source>
        <translation>先に記録を選択してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="295"/>
        <source>%1 is on hold.</source>
        <translation>%1 を保留にしました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="301"/>
        <source>Select a held record first.</source>
        <translation>先に保留中の記録を選択してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="309"/>
        <source>%1 is no longer on hold.</source>
        <translation>%1 の保留を解除しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Kind of record</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="315"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="319"/>
        <source>&amp;Save periods</source>
        <translation>保存期間を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="324"/>
        <source>The periods are the shop&apos;s choice; 0 keeps a kind of record for ever. A lawyer may advise keeping records longer.</source>
        <translation>保存期間は店が決めます。0 にするとその種類の記録は無期限に保存されます。弁護士がより長い保存を勧める場合があります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="351"/>
        <source>Keep</source>
        <translation>無期限</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_page.py" line="370"/>
        <source>Periods saved.</source>
        <translation>保存期間を保存しました。</translation>
    </message>
</context>
<context>
    <name>RetentionTexts</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="15"/>
        <source>Closed incident</source>
        <translation>終了した事案</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="16"/>
        <source>Phone call (closed incident)</source>
        <translation>電話（終了した事案）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="19"/>
        <source>No-entry notice</source>
        <translation>出入禁止通知書</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="20"/>
        <source>Consultation record</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="23"/>
        <source>Training session</source>
        <translation>研修の実施</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="26"/>
        <source>Case study</source>
        <translation>事例</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="27"/>
        <source>Former staff member (training roster)</source>
        <translation>退職した従業員（研修名簿）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="35"/>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="38"/>
        <source>From its closing</source>
        <translation>終了時から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="39"/>
        <source>From the end of the ban (expiry or revocation)</source>
        <translation>禁止の終了（期間満了または撤回）から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="42"/>
        <source>From the consultation (or its follow-up day)</source>
        <translation>相談日（またはフォローアップ日）から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="45"/>
        <source>From the day of the session</source>
        <translation>研修の実施日から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="48"/>
        <source>From the day it was made</source>
        <translation>作成日から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="51"/>
        <source>From the day they left</source>
        <translation>退職日から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="59"/>
        <source>Five years: the shop&apos;s choice. A lawyer may advise keeping records longer if a claim is possible.</source>
        <translation>5年：店の選択です。請求の可能性がある場合、弁護士がより長い保存を勧めることがあります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="64"/>
        <source>Phone calls are incidents: the same five years by default.</source>
        <translation>電話も事案です：初期設定は同じく5年です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="67"/>
        <source>One year after the ban ended; a ban in force is never due.</source>
        <translation>禁止の終了から1年。有効な禁止は消去の対象になりません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="70"/>
        <source>Three years: enough to show how the desk worked.</source>
        <translation>3年：相談窓口の運用を示すのに十分な期間です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="73"/>
        <source>Five years: the record that staff were trained.</source>
        <translation>5年：従業員が研修を受けた記録です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="76"/>
        <source>Kept: an anonymised case study names no one.</source>
        <translation>保存：匿名化した事例には個人名がありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="79"/>
        <source>Five years after leaving, as long as the training sessions that name them; staff still working are never due.</source>
        <translation>退職から5年：その人が載っている研修の記録と同じ期間です。在職中の従業員は対象になりません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="89"/>
        <source>On hold: %1</source>
        <translation>保留中：%1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="90"/>
        <source>Notice %1 is in force and rests on it</source>
        <translation>通知書 %1 が有効で、この記録を根拠としています</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="93"/>
        <source>Notice %1 rests on it and is kept</source>
        <translation>通知書 %1 がこの記録を根拠としており、保存されています</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="96"/>
        <source>The complaint deadline is open until %1</source>
        <translation>告訴期間が %1 まで残っています</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="99"/>
        <source>Follow-ups not done: %1</source>
        <translation>未完了のフォローアップ：%1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="100"/>
        <source>Training session %1 names them and is kept</source>
        <translation>研修の記録 %1 にこの人が載っており、保存されています</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="109"/>
        <source>Kept (period 0)</source>
        <translation>無期限に保存（期間 0）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="110"/>
        <source>%1 + %2 months</source>
        <translation>%1 から %2 か月</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/retention_texts.py" line="114"/>
        <source>Erase %n record(s)? This cannot be undone, not even with the recovery key: the evidence files&apos; keys are forgotten and the rows are overwritten. Backups made before still hold these records.</source>
        <translation>%n 件の記録を消去しますか？元に戻すことはできません（復旧キーでも戻せません）。証拠ファイルの鍵は破棄され、データは上書きされます。これより前に作成したバックアップには、これらの記録が残っています。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="166"/>
        <source>Shorten %1</source>
        <translation>%1を短縮</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="167"/>
        <source>Revoke %1</source>
        <translation>%1を解除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="169"/>
        <source>Review %1</source>
        <translation>%1を見直し</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="171"/>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="174"/>
        <source>Outcome:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="178"/>
        <source>Decided by:</source>
        <translation>決定者:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="179"/>
        <source>Decided on:</source>
        <translation>決定日:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="180"/>
        <source>Asked for by:</source>
        <translation>申出者:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="185"/>
        <source>New last day:</source>
        <translation>新しい最終日:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="186"/>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="152"/>
        <source>Role of %1</source>
        <translation>%1 の役割</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="159"/>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="13"/>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="14"/>
        <source>Manager</source>
        <translation>管理職</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="15"/>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="23"/>
        <source>Everything, including users, the data key and restoring backups.</source>
        <translation>すべての操作（利用者の管理、データキー、バックアップからの復元を含む）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="26"/>
        <source>Incidents, judging, notices, reports, bundles, backups, settings, evidence export and deletion.</source>
        <translation>事案、判断、通知書、報告書、証拠一式、バックアップ、設定、証拠の書き出しと削除。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/role_names.py" line="31"/>
        <source>Records incidents, evidence, timeline steps and phone calls and edits their own drafts; no export, deletion, notices, reports or settings.</source>
        <translation>事案・証拠・経過・電話を記録し、自分の下書きを編集できます。書き出し、削除、通知書、報告書、設定はできません。</translation>
    </message>
</context>
<context>
    <name>SaveLocations</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="140"/>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="171"/>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="204"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="145"/>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="197"/>
        <source>The folder %1 does not exist (was a USB stick removed?): choose another folder.</source>
        <translation>フォルダー %1 がありません（USB メモリーを抜きましたか？）。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="153"/>
        <source>No permission to write in %1: choose another folder.</source>
        <translation>%1 に書き込む権限がありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="178"/>
        <source>The disk is full: could not write %1. Free some space or choose another folder.</source>
        <translation>ディスクがいっぱいで %1 を書き込めませんでした。空き容量を増やすか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="183"/>
        <source>No permission to write %1: choose another folder, or close the file if another program has it open.</source>
        <translation>%1 に書き込む権限がありません。別のフォルダーを選ぶか、ほかのプログラムで開いている場合はそのファイルを閉じてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="190"/>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation>フォルダー %1 は読み取り専用です。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="206"/>
        <source>The file name or path is too long: %1. Choose a shorter name or folder.</source>
        <translation>ファイル名またはパスが長すぎます: %1。短い名前かフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="211"/>
        <source>The disk reported an error while writing %1 (was it removed?): check the disk and try again, or choose another folder.</source>
        <translation>%1 の書き込み中にディスクがエラーを返しました（取り外しましたか？）。ディスクを確認してやり直すか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/save_locations.py" line="217"/>
        <source>Could not write %1: choose another folder.</source>
        <translation>%1 を書き込めませんでした。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>ScriptTable</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="33"/>
        <source>When</source>
        <translation>場面</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="33"/>
        <source>What to say</source>
        <translation>対応の言葉</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="116"/>
        <source>Served: %1</source>
        <translation>送付・交付: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="118"/>
        <source>How:</source>
        <translation>方法:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="124"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="128"/>
        <source>When:</source>
        <translation>日時:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="129"/>
        <source>By:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="130"/>
        <source>Witness:</source>
        <translation>立会人:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="131"/>
        <source>Tracking number:</source>
        <translation>追跡番号:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="132"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="136"/>
        <source>Signed receipt (scan):</source>
        <translation>署名入りの受領書（スキャン）:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/record_dialogs.py" line="137"/>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Topics</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="41"/>
        <source>Minutes</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="42"/>
        <source>Attendees</source>
        <translation>受講者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="57"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="62"/>
        <source>Record &amp;session</source>
        <translation>研修を記録(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="65"/>
        <source>Save &amp;attendance of the selected session</source>
        <translation>選択した研修の受講者を保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="69"/>
        <source>Date:</source>
        <translation>実施日：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="70"/>
        <source>Topics:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="71"/>
        <source>Trainer:</source>
        <translation>講師：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="72"/>
        <source>Duration:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="73"/>
        <source>Notes:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="74"/>
        <source>Attended:</source>
        <translation>受講者：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_sessions_tab.py" line="101"/>
        <source>%1 (left)</source>
        <translation>%1（退職）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="80"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="88"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="118"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Lock after this many idle minutes</source>
        <translation>操作がないときにロックするまでの分数</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="93"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="100"/>
        <source>A new language is used from the next start.</source>
        <translation>言語の変更は、次に起動したときから反映されます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Lock when idle for:</source>
        <translation>操作がないときのロック:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="111"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="112"/>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="119"/>
        <source>Time limit for a complaint call</source>
        <translation>苦情電話の対応時間の上限</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="123"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="124"/>
        <source>Days the CCTV recorder keeps video</source>
        <translation>防犯カメラの録画機が映像を保存する日数</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="125"/>
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="127"/>
        <source>Shop name:</source>
        <translation>店名:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="128"/>
        <source>Company:</source>
        <translation>会社名:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="129"/>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="130"/>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="131"/>
        <source>Representative:</source>
        <translation>代表者:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="132"/>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="133"/>
        <source>Type of business:</source>
        <translation>業種:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="134"/>
        <source>Call time limit:</source>
        <translation>通話時間の上限:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="135"/>
        <source>CCTV recorder keeps:</source>
        <translation>防犯カメラの保存期間:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Font file for PDFs</source>
        <translation>PDF用のフォントファイル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="140"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="143"/>
        <source>Looking for a Japanese font…</source>
        <translation>日本語フォントを探しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="149"/>
        <source>PDF documents</source>
        <translation>PDF文書</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="151"/>
        <source>Japanese font:</source>
        <translation>日本語フォント:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="177"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Change the data key…</source>
        <translation>データキーを変更…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <source>A new recovery key and recovery sheet; the old sheet stops working.</source>
        <translation>新しいリカバリーキーとリカバリーシートを作ります。古いシートは使えなくなります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="239"/>
        <source>Choose a Japanese TrueType font</source>
        <translation>日本語のTrueTypeフォントを選ぶ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="239"/>
        <source>Fonts (*.ttf *.ttc)</source>
        <translation>フォント (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="256"/>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="266"/>
        <source>No font information available.</source>
        <translation>フォントの情報はありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="269"/>
        <source>No Japanese TrueType font was found: PDFs use a built-in font that is not embedded and misplaces letters such as æøå. Install the IPAex fonts or choose a .ttf/.ttc font file.</source>
        <translation>日本語の TrueType フォントが見つかりません。PDF は埋め込まれない組み込みフォントを使うため、æøå などの文字がずれます。IPAex フォントをインストールするか、.ttf/.ttc のフォントファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="275"/>
        <source>The chosen font file is missing or cannot be used; PDFs use %1 instead.</source>
        <translation>選んだフォントファイルが見つからないか使えません。PDF には代わりに %1 を使います。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="278"/>
        <source>PDFs use the Japanese font %1.</source>
        <translation>PDF には日本語フォント %1 を使います。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="290"/>
        <source>The shop name must not be empty.</source>
        <translation>店名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/settings_dialog.py" line="293"/>
        <source>Choose a time zone from the list.</source>
        <translation>一覧からタイムゾーンを選んでください。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="85"/>
        <source>Kasuhara Desktop — setup</source>
        <translation>Kasuhara Desktop — 初期設定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="86"/>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="122"/>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="87"/>
        <location filename="../../kasuhara_desktop/ui/wizard/response_wizard.py" line="123"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="88"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="89"/>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="115"/>
        <source>Creating the encrypted logbook… this takes a few seconds.</source>
        <translation>暗号化された記録帳を作成しています…数秒かかります。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="155"/>
        <source>Recovery sheet</source>
        <translation>復旧シート</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/wizard.py" line="158"/>
        <source>The logbook has been created. Print or save the recovery sheet, keep it safe, tick the box and press Finish.</source>
        <translation>記録帳を作成しました。復旧シートを印刷または保存して安全に保管し、チェックを入れてから「完了」を押してください。</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="33"/>
        <source>Your shop</source>
        <translation>お店の情報</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="35"/>
        <source>These details are printed on reports and notices. Only the name is required.</source>
        <translation>報告書や通知書に印刷されます。必須なのは店名だけです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="38"/>
        <source>Shop na&amp;me:</source>
        <translation>店名(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="39"/>
        <source>&amp;Company:</source>
        <translation>会社名(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="40"/>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="41"/>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="42"/>
        <source>&amp;Representative:</source>
        <translation>代表者(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/setup/shop_page.py" line="47"/>
        <source>e.g. Sakura Mart Nakano</source>
        <translation>例: さくらマート 中野店</translation>
    </message>
</context>
<context>
    <name>SituationTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="78"/>
        <source>Steps, one per line</source>
        <translation>手順（1行に1つ）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="81"/>
        <source>&amp;Add script</source>
        <translation>言葉を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="83"/>
        <source>&amp;Remove script</source>
        <translation>言葉を削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="88"/>
        <source>Title:</source>
        <translation>見出し：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="89"/>
        <source>Steps (one per line):</source>
        <translation>手順（1行に1つ）：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/procedures_tabs.py" line="94"/>
        <source>Scripts:</source>
        <translation>対応の言葉：</translation>
    </message>
</context>
<context>
    <name>StaffCarePage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="49"/>
        <source>5. Care for the staff</source>
        <translation>5. 従業員のケア</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="52"/>
        <source>Safety first: a supervisor takes over and separates the staff member from the customer. Then plan check-ins in the days after.</source>
        <translation>まず安全の確保です。責任者が対応を代わり、従業員を顧客から離してください。そのうえで、数日後の声かけ（面談）を予定してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="62"/>
        <source>Staff member</source>
        <translation>従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="63"/>
        <source>&amp;Add staff member</source>
        <translation>従業員を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="73"/>
        <source>Staff members cared for</source>
        <translation>ケアの対象の従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="81"/>
        <source>Care</source>
        <translation>ケア</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="83"/>
        <source>Safe and separated from the customer</source>
        <translation>安全を確保し、顧客から離した</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="85"/>
        <source>Injured</source>
        <translation>けがをした</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="87"/>
        <source>Saw a doctor</source>
        <translation>医療機関を受診した</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="89"/>
        <source>Referred to a specialist</source>
        <translation>専門家に紹介した</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="93"/>
        <source>Supervisor who took &amp;over</source>
        <translation>対応を代わった責任者(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="95"/>
        <source>What in&amp;jury</source>
        <translation>けがの内容(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="97"/>
        <source>&amp;Days off</source>
        <translation>休業日数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="99"/>
        <source>No&amp;te</source>
        <translation>メモ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="109"/>
        <source>Check-ins and follow-ups</source>
        <translation>声かけとフォローアップ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="111"/>
        <source>Plan standard check-ins</source>
        <translation>標準の声かけを予定する</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="112"/>
        <source>The next day, after one week and after one month</source>
        <translation>翌日、1週間後、1か月後</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="119"/>
        <source>Add a &amp;follow-up</source>
        <translation>フォローアップを追加(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="259"/>
        <source>No check-ins planned yet.</source>
        <translation>予定している声かけはまだありません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="269"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="272"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="273"/>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="280"/>
        <source>Check-in</source>
        <translation>声かけ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="274"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_staff_care.py" line="277"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="48"/>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強さ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="63"/>
        <source>Very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="64"/>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="65"/>
        <source>Fair</source>
        <translation>まずまず</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="66"/>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="67"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="74"/>
        <source>At least 8 characters; a few words work well.</source>
        <translation>8文字以上。いくつかの単語を組み合わせるのがおすすめです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="75"/>
        <source>Too short: at least 8 characters.</source>
        <translation>短すぎます（8文字以上）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="76"/>
        <source>A common password or word: easy to guess.</source>
        <translation>よく使われるパスワードや単語で、推測されやすい。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="79"/>
        <source>Contains a name others know (the shop&apos;s or a person&apos;s).</source>
        <translation>店名や人の名前など、他人が知っている名前が含まれている。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="80"/>
        <source>A pattern (repeats, sequences, keyboard rows, dates).</source>
        <translation>単純なパターン（繰り返し、連続、キーボードの並び、日付）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="81"/>
        <source>Easy to guess: add a word or two.</source>
        <translation>推測されやすい。単語をいくつか足してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/strength_meter.py" line="103"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="63"/>
        <source>Period summary</source>
        <translation>期間集計</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="70"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="72"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="73"/>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="74"/>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="75"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="76"/>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="88"/>
        <source>&amp;Save PDF…</source>
        <translation>PDFを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="93"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="97"/>
        <source>&amp;From – to:</source>
        <translation>開始日 – 終了日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="163"/>
        <source>Making the summary…</source>
        <translation>期間集計を作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="182"/>
        <source>%1 incidents, %2 pages.</source>
        <translation>事案 %1 件、%2ページ。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="184"/>
        <source>%n character(s) could not be printed: %1</source>
        <translation>
            <numerusform>%n 文字を印刷できませんでした: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="191"/>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/reports/summary_dialog.py" line="205"/>
        <source>Save the summary</source>
        <translation>期間集計を保存</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/tasks.py" line="293"/>
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/tasks.py" line="295"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/tasks.py" line="321"/>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../../kasuhara_desktop/ui/dashboard/tile.py" line="76"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="43"/>
        <source>Now: %1</source>
        <translation>今: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/editor/special_tabs.py" line="48"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>TimezoneCombo</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="33"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
</context>
<context>
    <name>ToldDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="88"/>
        <source>Staff told of the policy</source>
        <translation>従業員への周知</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="92"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="97"/>
        <source>&amp;How:</source>
        <translation>方法(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="100"/>
        <source>All staff</source>
        <translation>全従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="101"/>
        <source>Names separated by commas; empty means all staff.</source>
        <translation>氏名をカンマで区切って入力。空欄は全従業員。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="102"/>
        <source>&amp;Who:</source>
        <translation>対象(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="105"/>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/policy_dialogs.py" line="106"/>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TradeTypeChooser</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="71"/>
        <source>Type of business</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/shop_fields.py" line="105"/>
        <source>Note: inns and hotels, public baths and clinics are required by law to serve customers (Inns and Hotels Act, Public Bath Act, Medical Practitioners&apos; Act). They may refuse a customer only for the reasons the law allows, so the program words its advice and notices carefully for this trade.</source>
        <translation>ご注意: 旅館・ホテル、公衆浴場、診療所は、法律（旅館業法・公衆浴場法・医師法）により客を受け入れる義務があり、法律が認める理由がある場合にしか断れません。そのため、この業種では助言や通知の文面を慎重にしています。</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="65"/>
        <source>Training</source>
        <translation>研修</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="78"/>
        <source>Staff</source>
        <translation>従業員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="80"/>
        <source>Sessions</source>
        <translation>研修の実施</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="82"/>
        <source>Case studies</source>
        <translation>事例</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="90"/>
        <source>&amp;Print record…</source>
        <translation>研修記録を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="97"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="100"/>
        <source>Print in:</source>
        <translation>印刷の言語：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Employment</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Joined</source>
        <translation>入社日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="116"/>
        <source>Last trained</source>
        <translation>最終受講日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="117"/>
        <source>Due by</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="117"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="131"/>
        <source>&amp;Add to roster</source>
        <translation>名簿に追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="134"/>
        <source>Mark as &amp;left today</source>
        <translation>本日退職として記録(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="138"/>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="139"/>
        <source>Joined:</source>
        <translation>入社日：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="147"/>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="152"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="153"/>
        <source>Save &amp;rule</source>
        <translation>ルールを保存(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="157"/>
        <source>Train everyone every</source>
        <translation>全員の研修の間隔：</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="158"/>
        <source>and new starters within</source>
        <translation>、新人は入社から</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="180"/>
        <source>Full-time</source>
        <translation>正社員</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="181"/>
        <source>Part-time</source>
        <translation>パート・アルバイト</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="182"/>
        <source>Temporary</source>
        <translation>派遣・臨時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="187"/>
        <source>Trained</source>
        <translation>受講済み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="188"/>
        <source>New starter (in time)</source>
        <translation>新人（期限内）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="189"/>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="190"/>
        <source>Never trained</source>
        <translation>未受講</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="191"/>
        <source>Left</source>
        <translation>退職</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="251"/>
        <source>On the roster: %1. Overdue: %2. Never trained: %3.</source>
        <translation>名簿：%1人。期限切れ：%2人。未受講：%3人。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="265"/>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="265"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="271"/>
        <source>training-record</source>
        <translation>研修記録</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="287"/>
        <source>Writing the PDF…</source>
        <translation>PDFを作成しています…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/duty/training_page.py" line="296"/>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/unlock_dialog.py" line="36"/>
        <source>Kasuhara Desktop — unlock</source>
        <translation>Kasuhara Desktop — ロック解除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/unlock_dialog.py" line="45"/>
        <source>New logbook…</source>
        <translation>新しい記録帳…</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="65"/>
        <source>Unlock the logbook</source>
        <translation>記録帳のロックを解除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="75"/>
        <source>Open another logbook…</source>
        <translation>別の記録帳を開く…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="84"/>
        <source>Fill in the demo passphrase</source>
        <translation>体験用パスフレーズを入力</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="93"/>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="38"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="43"/>
        <source>Recovery key</source>
        <translation>リカバリーキー</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="49"/>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="53"/>
        <source>Repeat the new passphrase</source>
        <translation>新しいパスフレーズをもう一度</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="62"/>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="68"/>
        <source>Type the 64 characters from the recovery sheet (spaces and dashes do not matter), then choose a new passphrase for the user above.</source>
        <translation>復旧シートの64文字を入力し（空白やハイフンはあってもなくても構いません）、上の利用者の新しいパスフレーズを決めてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="77"/>
        <source>Recovery key:</source>
        <translation>リカバリーキー:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="79"/>
        <source>New passphrase:</source>
        <translation>新しいパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_pages.py" line="83"/>
        <source>Repeat it:</source>
        <translation>もう一度入力:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="94"/>
        <source>Choose your name</source>
        <translation>自分の名前を選んでください</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="107"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="116"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="126"/>
        <source>User:</source>
        <translation>利用者:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="166"/>
        <source>No logbook chosen.</source>
        <translation>記録帳が選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="169"/>
        <source>Logbook: %1</source>
        <translation>記録帳: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="195"/>
        <source>Demo logbook (deleted when the program closes).</source>
        <translation>体験用の記録帳です（終了すると削除されます）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="197"/>
        <source>User: %1 — passphrase: %2</source>
        <translation>利用者: %1 ／ パスフレーズ: %2</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="199"/>
        <source>The other demo users (a manager, a staff member) have the same passphrase.</source>
        <translation>ほかのデモ利用者（マネージャー、スタッフ）も同じパスフレーズです。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="251"/>
        <source>Back to the passphrase</source>
        <translation>パスフレーズの入力に戻る</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="253"/>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>パスフレーズを忘れたときはリカバリーキーを使う</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="265"/>
        <source>Choose the logbook folder</source>
        <translation>記録帳のフォルダーを選ぶ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="275"/>
        <source>Choose your name in the User list.</source>
        <translation>「利用者」の一覧から自分の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="281"/>
        <source>Type the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="285"/>
        <source>Type the recovery key from the recovery sheet.</source>
        <translation>復旧シートに書かれたリカバリーキーを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="289"/>
        <source>Choose a stronger new passphrase (at least 8 characters).</source>
        <translation>もっと強い新しいパスフレーズにしてください（8文字以上）。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="292"/>
        <source>The two new passphrases are not the same.</source>
        <translation>2つの新しいパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="347"/>
        <source>That recovery key does not open this logbook. Check it and try again.</source>
        <translation>このリカバリーキーでは記録帳を開けません。確認して、もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/unlock_panel.py" line="351"/>
        <source>That passphrase does not open this logbook. Check it and try again.</source>
        <translation>パスフレーズが違います。確認して、もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="30"/>
        <source>U&amp;sers…</source>
        <translation>利用者(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="32"/>
        <source>Change my &amp;passphrase…</source>
        <translation>自分のパスフレーズを変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="34"/>
        <source>Switch &amp;user…</source>
        <translation>利用者を切り替え(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_actions.py" line="120"/>
        <source>Your passphrase was changed: use the new one from the next unlock.</source>
        <translation>パスフレーズを変更しました。次回のロック解除から新しいパスフレーズを使ってください。</translation>
    </message>
</context>
<context>
    <name>UserForms</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="30"/>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="36"/>
        <source>Repeat the passphrase</source>
        <translation>パスフレーズをもう一度</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="41"/>
        <source>Repeat it:</source>
        <translation>もう一度入力:</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="47"/>
        <source>Choose a stronger passphrase: the meter says why this one is weak.</source>
        <translation>もっと強いパスフレーズにしてください。弱い理由はメーターに表示されています。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="51"/>
        <source>The two passphrases are not the same.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/user_forms.py" line="58"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="55"/>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="74"/>
        <source>Users</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="63"/>
        <source>Each person unlocks the logbook with their own passphrase, and the logbook records who did what. Roles prevent mistakes and casual misuse; they do not protect against someone who copies the logbook and knows any passphrase.</source>
        <translation>一人ひとりが自分のパスフレーズで記録帳を開き、誰が何をしたかが記録されます。役割は操作の誤りや安易な不正利用を防ぐためのもので、記録帳をコピーしていずれかのパスフレーズを知っている人からは守れません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="85"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="86"/>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="88"/>
        <source>Change &amp;role…</source>
        <translation>役割を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="91"/>
        <source>Reset &amp;passphrase…</source>
        <translation>パスフレーズを再設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="93"/>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="105"/>
        <source>Change the data key…</source>
        <translation>データキーを変更…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="168"/>
        <source>Since the data key was changed, these users have no passphrase and cannot unlock: %1. Select each and click Reset passphrase to give them a new one.</source>
        <translation>データキーの変更により、次のユーザーにはパスフレーズがなく、ロックを解除できません：%1。一人ずつ選んで「パスフレーズを再設定」を押し、新しいパスフレーズを設定してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="238"/>
        <source>%1 has a new passphrase.</source>
        <translation>%1 に新しいパスフレーズを設定しました。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="252"/>
        <source>Remove a user</source>
        <translation>利用者の削除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="253"/>
        <source>Remove %1 (%2)?</source>
        <translation>%1（%2）を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="256"/>
        <source>They can no longer unlock this logbook, and what they recorded stays, under their name. Copies of the logbook made before (backups, an old vault.json) still open with their passphrase unless you change the data key afterwards.</source>
        <translation>この人はこの記録帳を開けなくなります。この人が記録した内容は、この人の名前のまま残ります。ただし、以前に作られた記録帳のコピー（バックアップ、古い vault.json）は、この後でデータキーを変更しない限り、この人のパスフレーズで開けます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="261"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="284"/>
        <source>%1 was removed and can no longer unlock this logbook.</source>
        <translation>%1 を削除しました。この記録帳はもう開けません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_dialog.py" line="287"/>
        <source>To keep older copies from opening with their passphrase, change the data key (the other users then get a new passphrase from you).</source>
        <translation>古いコピーがこの人のパスフレーズで開けないようにするには、データキーを変更してください（その後、ほかの利用者にはあなたが新しいパスフレーズを設定します）。</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="68"/>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="77"/>
        <source>This user has no passphrase since the data key was changed and cannot unlock until you reset it.</source>
        <translation>データキーの変更後、このユーザーにはパスフレーズがなく、再設定するまでロックを解除できません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="84"/>
        <source>%1 (you)</source>
        <translation>%1（あなた）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/users/users_model.py" line="86"/>
        <source>%1 (no passphrase)</source>
        <translation>%1（パスフレーズなし）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="5"/>
        <source>A justified complaint: apologise and put it right.</source>
        <comment>verdict.legitimate_complaint</comment>
        <translation>正当なクレーム：謝罪し、是正してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="6"/>
        <source>Harassment: the complaint has a basis, but the manner is unacceptable.</source>
        <comment>verdict.justified_unacceptable_manner</comment>
        <translation>カスハラ：要求には妥当性がありますが、手段・態様が社会通念上不相当です。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="7"/>
        <source>Harassment: no basis for the claim, unacceptable manner.</source>
        <comment>verdict.no_basis_unacceptable_manner</comment>
        <translation>カスハラ：要求に根拠がなく、手段・態様も社会通念上不相当です。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="8"/>
        <source>Not harassment: the claim has no basis, but it was made in an acceptable manner.</source>
        <comment>verdict.no_basis_acceptable_manner</comment>
        <translation>カスハラではありません：要求に根拠はありませんが、手段・態様は相当です。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="9"/>
        <source>Harassment by its manner; whether the claim has a basis is not yet clear.</source>
        <comment>verdict.unacceptable_manner_claim_unclear</comment>
        <translation>手段・態様からカスハラに当たります。要求の妥当性はまだ確認中です。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="10"/>
        <source>Not determined: the facts are unclear.</source>
        <comment>verdict.not_determined</comment>
        <translation>判断保留：事実関係が明らかではありません。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="11"/>
        <source>The shop is at fault (defect or mistake).</source>
        <comment>reason.shop_fault</comment>
        <translation>店側に過失（欠陥や誤り）があります。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="12"/>
        <source>The shop is not at fault.</source>
        <comment>reason.no_shop_fault</comment>
        <translation>店側に過失はありません。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="13"/>
        <source>Whether the shop is at fault is unclear.</source>
        <comment>reason.shop_fault_unclear</comment>
        <translation>店側の過失の有無は不明です。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="14"/>
        <source>The demand concerns the shop&apos;s goods or services.</source>
        <comment>reason.demand_related</comment>
        <translation>要求は店の商品・サービスに関するものです。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="15"/>
        <source>The demand has nothing to do with the shop&apos;s goods or services.</source>
        <comment>reason.demand_unrelated</comment>
        <translation>要求は店の商品・サービスと関係がありません。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="16"/>
        <source>Whether the demand concerns the shop&apos;s goods is unclear.</source>
        <comment>reason.demand_relation_unclear</comment>
        <translation>要求が商品・サービスに関するものかは不明です。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="17"/>
        <source>Prolonged complaint.</source>
        <comment>reason.manner:prolonged</comment>
        <translation>長時間にわたる要求。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="18"/>
        <source>Violent or threatening conduct.</source>
        <comment>reason.manner:violent_or_threatening</comment>
        <translation>暴力的・威圧的な言動。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="19"/>
        <source>Continuous, persistent conduct.</source>
        <comment>reason.manner:persistent</comment>
        <translation>継続的・執拗な言動。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="20"/>
        <source>Discriminatory statements.</source>
        <comment>reason.manner:discriminatory</comment>
        <translation>差別的な発言。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="21"/>
        <source>Sexual conduct.</source>
        <comment>reason.manner:sexual</comment>
        <translation>性的な言動。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="22"/>
        <source>Meets the shop&apos;s own criterion: %1</source>
        <comment>reason.shop_criterion</comment>
        <translation>店舗独自の基準に該当：%1</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="23"/>
        <source>The manner was acceptable.</source>
        <comment>reason.manner_acceptable</comment>
        <translation>手段・態様は相当でした。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="24"/>
        <source>Nobody has confirmed the facts yet.</source>
        <comment>reason.facts_not_confirmed</comment>
        <translation>事実確認はまだ行われていません。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="25"/>
        <source>Review the answers: some contradict each other or the record.</source>
        <comment>step.review_answers</comment>
        <translation>回答を見直してください：互いに、または記録と矛盾する点があります。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="26"/>
        <source>Confirm the facts first (staff, witnesses, CCTV, recordings).</source>
        <comment>step.confirm_facts_first</comment>
        <translation>まず事実を確認してください（従業員・目撃者・防犯カメラ・録音）。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="27"/>
        <source>Ask the customer to stop (2-3 times), noting each request and its time.</source>
        <comment>step.ask_to_stop</comment>
        <translation>中止を求めてください（2〜3回）。要求ごとに時刻を記録してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="28"/>
        <source>Order the customer to leave (2-3 times), noting each order and its time.</source>
        <comment>step.ask_to_leave</comment>
        <translation>退去を求めてください（2〜3回）。要求ごとに時刻を記録してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="29"/>
        <source>Care for the staff member: safety first, a supervisor takes over.</source>
        <comment>step.care_for_staff</comment>
        <translation>従業員をケアしてください：安全を最優先し、責任者が対応を代わります。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="30"/>
        <source>Consult the police (110 or #9110) or a lawyer.</source>
        <comment>step.consult_police_or_lawyer</comment>
        <translation>警察（110番または#9110）または弁護士に相談してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="31"/>
        <source>Apply the time limit to calls and meetings.</source>
        <comment>step.limit_contact_time</comment>
        <translation>電話や面談に時間制限を適用してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="32"/>
        <source>Apologise for the fault and remedy it (exchange, refund).</source>
        <comment>step.apologise_and_remedy</comment>
        <translation>過失について謝罪し、是正してください（交換・返金）。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="33"/>
        <source>Improve the service that caused the complaint.</source>
        <comment>step.improve_service</comment>
        <translation>クレームの原因となったサービスを改善してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="34"/>
        <source>Refuse what goes beyond a fair remedy.</source>
        <comment>step.refuse_excessive_demand</comment>
        <translation>正当な是正を超える要求は断ってください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="35"/>
        <source>Refuse the demand.</source>
        <comment>step.refuse_demand</comment>
        <translation>要求を断ってください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="36"/>
        <source>Explain politely why the demand cannot be met, and decline it.</source>
        <comment>step.explain_and_decline</comment>
        <translation>要求に応じられない理由を丁寧に説明し、お断りしてください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="37"/>
        <source>Consider a written no-entry notice.</source>
        <comment>step.consider_no_return_notice</comment>
        <translation>出入禁止通知書の交付を検討してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="38"/>
        <source>Share the case (anonymised) in training and revise the manual.</source>
        <comment>step.prevent_recurrence</comment>
        <translation>事例を（匿名化して）研修で共有し、マニュアルを見直してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="39"/>
        <source>Tell the caller the call will end if the same claim goes on (e.g. after 30 minutes), then end it; note the times.</source>
        <comment>step.end_call_after_warning</comment>
        <translation>同じ主張が続く場合は通話を終了すると伝え（例：30分）、そのうえで終了してください。時刻を記録してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="40"/>
        <source>Answer in writing, briefly and factually: what the shop can and cannot do; keep a copy.</source>
        <comment>step.answer_in_writing</comment>
        <translation>書面で簡潔かつ事実に即して回答してください（対応できること・できないこと）。控えを保管してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="41"/>
        <source>Preserve the post first: its URL, the date and time it was seen, and a screenshot showing both, added as evidence.</source>
        <comment>step.preserve_online_post</comment>
        <translation>まず投稿を保存してください：URL、閲覧日時、その両方が写ったスクリーンショットを証拠として追加します。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="42"/>
        <source>Ask the site or platform to remove the post (its reporting or deletion form).</source>
        <comment>step.request_post_deletion</comment>
        <translation>サイト・プラットフォームに投稿の削除を申し出てください（通報・削除依頼の窓口）。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="43"/>
        <source>To learn who posted it, the Information Distribution Platform Act (formerly the Provider Liability Limitation Act) gives a disclosure route: discuss it with a lawyer.</source>
        <comment>step.poster_disclosure</comment>
        <translation>投稿者を特定するには、情報流通プラットフォーム対処法（旧プロバイダ責任制限法）による開示の手続があります。弁護士に相談してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="44"/>
        <source>Consider whether the behaviour could relate to a disability or a request for accommodation before any ban.</source>
        <comment>step.consider_accommodation</comment>
        <translation>出入禁止の前に、行為が障害や配慮の求めに関係する可能性がないか検討してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="45"/>
        <source>It could relate to a disability or a request for accommodation: talk with the person about what they need, consider reasonable accommodation and alternatives, and record the exchange; no ban on this incident.</source>
        <comment>step.provide_reasonable_accommodation</comment>
        <translation>障害や配慮の求めに関係する可能性があります。本人と必要なことを話し合い、合理的配慮や代わりの方法を検討し、やり取りを記録してください。この件で出入禁止にはしません。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="46"/>
        <source>A no-entry notice (%1) is already in force for this person: no new notice; record any visit as a breach of it.</source>
        <comment>step.notice_in_force</comment>
        <translation>この人物には出入禁止通知（%1）が有効です。新たな通知は不要です。来店した場合は違反として記録してください。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="47"/>
        <source>This breaches no-entry notice %1: call the police (110) and say a written notice was served; entering against it may be trespass (Penal Code art. 130).</source>
        <comment>step.breach_of_notice</comment>
        <translation>出入禁止通知 %1 への違反です。警察（110番）に通報し、書面で通知済みであることを伝えてください。通知に反する立入りは建造物侵入（刑法130条）に当たり得ます。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="48"/>
        <source>The shop is at fault, yet the demand is said to be unrelated to its goods or services.</source>
        <comment>inconsistency.fault_but_demand_unrelated</comment>
        <translation>店側に過失があるとしながら、要求は商品・サービスと無関係とされています。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="49"/>
        <source>Recorded as a groundless refund demand, yet the shop is said to be at fault.</source>
        <comment>inconsistency.groundless_refund_but_shop_fault</comment>
        <translation>根拠のない返金要求として記録されていますが、店側に過失があるとされています。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="50"/>
        <source>Recorded as an unrelated demand, yet the demand is said to concern the goods.</source>
        <comment>inconsistency.unrelated_demand_but_demand_related</comment>
        <translation>無関係な要求として記録されていますが、要求は商品に関するものとされています。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="51"/>
        <source>A recorded behaviour has no matching manner ticked: %1</source>
        <comment>inconsistency.behaviour_without_manner</comment>
        <translation>記録された行為に対応する態様が選ばれていません：%1</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="52"/>
        <source>Judged before the facts were confirmed.</source>
        <comment>inconsistency.judged_before_facts_confirmed</comment>
        <translation>事実確認の前に判断されています。</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="53"/>
        <source>Handed over in person</source>
        <comment>service_method.in_person</comment>
        <translation>手渡し</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="54"/>
        <source>Certified mail (内容証明郵便) with proof of delivery (配達証明)</source>
        <comment>service_method.certified_mail</comment>
        <translation>内容証明郵便（配達証明付き）</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="55"/>
        <source>Ordinary mail</source>
        <comment>service_method.ordinary_mail</comment>
        <translation>普通郵便</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="56"/>
        <source>Email</source>
        <comment>service_method.email</comment>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="57"/>
        <source>Offered; refused</source>
        <comment>service_method.refused</comment>
        <translation>受領拒否</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="58"/>
        <source>Not yet in force</source>
        <comment>ban_status.scheduled</comment>
        <translation>開始前</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="59"/>
        <source>In force</source>
        <comment>ban_status.active</comment>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="60"/>
        <source>Expired</source>
        <comment>ban_status.expired</comment>
        <translation>期間満了</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="61"/>
        <source>Revoked</source>
        <comment>ban_status.revoked</comment>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="62"/>
        <source>Review by the shop</source>
        <comment>review_kind.review</comment>
        <translation>店による見直し</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="63"/>
        <source>Appeal by the person</source>
        <comment>review_kind.appeal</comment>
        <translation>相手方からの異議申出</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="64"/>
        <source>Pending</source>
        <comment>review_outcome.pending</comment>
        <translation>検討中</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="65"/>
        <source>Upheld</source>
        <comment>review_outcome.upheld</comment>
        <translation>維持</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="66"/>
        <source>Shortened</source>
        <comment>review_outcome.shortened</comment>
        <translation>短縮</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="67"/>
        <source>Revoked</source>
        <comment>review_outcome.revoked</comment>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="68"/>
        <source>Groundless refund demand</source>
        <comment>behaviour.groundless_refund</comment>
        <translation>根拠のない返金要求</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="69"/>
        <source>Demand unrelated to the shop&apos;s goods</source>
        <comment>behaviour.unrelated_demand</comment>
        <translation>商品・サービスと無関係な要求</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="70"/>
        <source>Physical attack</source>
        <comment>behaviour.physical_attack</comment>
        <translation>暴行</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="71"/>
        <source>Threats or verbal abuse</source>
        <comment>behaviour.threats_abuse</comment>
        <translation>脅迫・暴言</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="72"/>
        <source>Repeated calls</source>
        <comment>behaviour.repeated_calls</comment>
        <translation>繰り返しの電話</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="73"/>
        <source>Forced kneeling (dogeza)</source>
        <comment>behaviour.forced_kneeling</comment>
        <translation>土下座の強要</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="74"/>
        <source>Refusal to leave</source>
        <comment>behaviour.refusal_to_leave</comment>
        <translation>退去の拒否</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="75"/>
        <source>Discrimination</source>
        <comment>behaviour.discrimination</comment>
        <translation>差別的な言動</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="76"/>
        <source>Sexual conduct</source>
        <comment>behaviour.sexual_conduct</comment>
        <translation>性的な言動</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="77"/>
        <source>Prolonged complaint</source>
        <comment>behaviour.prolonged_complaint</comment>
        <translation>長時間の拘束</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="78"/>
        <source>Persistent contact</source>
        <comment>behaviour.persistent_contact</comment>
        <translation>執拗な連絡</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="79"/>
        <source>Social media threat or post</source>
        <comment>behaviour.sns_threat_or_post</comment>
        <translation>SNSへの投稿・投稿の脅し</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="80"/>
        <source>Threat to expose staff online</source>
        <comment>behaviour.sns_threat</comment>
        <translation>従業員をネット・SNSで晒すという脅し</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="81"/>
        <source>Posted online about the shop or staff</source>
        <comment>behaviour.sns_post</comment>
        <translation>店・従業員についてのネット・SNSへの投稿</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="82"/>
        <source>Filming staff</source>
        <comment>behaviour.filming_staff</comment>
        <translation>従業員の無断撮影</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="83"/>
        <source>Property damage</source>
        <comment>behaviour.property_damage</comment>
        <translation>器物の損壊</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="84"/>
        <source>Excessive compensation demand</source>
        <comment>behaviour.excessive_compensation</comment>
        <translation>過剰な補償の要求</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="85"/>
        <source>Other behaviour</source>
        <comment>behaviour.other</comment>
        <translation>その他の行為</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="86"/>
        <source>In person</source>
        <comment>channel.in_person</comment>
        <translation>対面</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="87"/>
        <source>Phone</source>
        <comment>channel.phone</comment>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="88"/>
        <source>Email</source>
        <comment>channel.email</comment>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="89"/>
        <source>Online</source>
        <comment>channel.online</comment>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="90"/>
        <source>Letter</source>
        <comment>channel.letter</comment>
        <translation>手紙</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="91"/>
        <source>Other channel</source>
        <comment>channel.other</comment>
        <translation>その他の経路</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="92"/>
        <source>Draft</source>
        <comment>status.draft</comment>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="93"/>
        <source>Facts confirmed</source>
        <comment>status.facts_confirmed</comment>
        <translation>事実確認済み</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="94"/>
        <source>Judged</source>
        <comment>status.judged</comment>
        <translation>判断済み</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="95"/>
        <source>Responded</source>
        <comment>status.responded</comment>
        <translation>対応済み</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="96"/>
        <source>Closed</source>
        <comment>status.closed</comment>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="97"/>
        <source>Customer</source>
        <comment>role.customer</comment>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="98"/>
        <source>Companion</source>
        <comment>role.companion</comment>
        <translation>同伴者</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="99"/>
        <source>Staff targeted</source>
        <comment>role.target</comment>
        <translation>被害を受けた従業員</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="100"/>
        <source>Staff who handled it</source>
        <comment>role.handler</comment>
        <translation>対応した従業員</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="101"/>
        <source>Witness</source>
        <comment>role.witness</comment>
        <translation>目撃者</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="102"/>
        <source>Supervisor</source>
        <comment>role.supervisor</comment>
        <translation>責任者</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="103"/>
        <source>Other role</source>
        <comment>role.other</comment>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="104"/>
        <source>Note</source>
        <comment>timeline.note</comment>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="105"/>
        <source>Conversation ended</source>
        <comment>timeline.conversation_end</comment>
        <translation>対応終了の告知</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="106"/>
        <source>Asked to stop</source>
        <comment>timeline.stop_request</comment>
        <translation>中止の要求</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="107"/>
        <source>Ordered to leave</source>
        <comment>timeline.leave_order</comment>
        <translation>退去の要求</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="108"/>
        <source>Final warning</source>
        <comment>timeline.final_warning</comment>
        <translation>最終警告</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="109"/>
        <source>Police called</source>
        <comment>timeline.police_call</comment>
        <translation>警察へ通報</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="110"/>
        <source>Police arrived</source>
        <comment>timeline.police_arrived</comment>
        <translation>警察到着</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="111"/>
        <source>Recording handed over</source>
        <comment>timeline.recording_handover</comment>
        <translation>録画・録音の提供</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="112"/>
        <source>Customer left</source>
        <comment>timeline.customer_left</comment>
        <translation>顧客の退去</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="113"/>
        <source>Call started</source>
        <comment>timeline.call_start</comment>
        <translation>通話開始</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="114"/>
        <source>Call ended</source>
        <comment>timeline.call_end</comment>
        <translation>通話終了</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="115"/>
        <source>Note</source>
        <comment>action.note</comment>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="116"/>
        <source>Apology</source>
        <comment>action.apology</comment>
        <translation>謝罪</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="117"/>
        <source>Refund</source>
        <comment>action.refund</comment>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="118"/>
        <source>Exchange</source>
        <comment>action.exchange</comment>
        <translation>交換</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="119"/>
        <source>No-entry notice</source>
        <comment>action.no_return_notice</comment>
        <translation>出入禁止通知書</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="120"/>
        <source>Lawyer consulted</source>
        <comment>action.lawyer_consulted</comment>
        <translation>弁護士へ相談</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="121"/>
        <source>Police report</source>
        <comment>action.police_report</comment>
        <translation>警察へ届出</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="122"/>
        <source>Staff care</source>
        <comment>action.staff_care</comment>
        <translation>従業員のケア</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="123"/>
        <source>Follow-up</source>
        <comment>action.follow_up</comment>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="124"/>
        <source>Prevention</source>
        <comment>action.prevention</comment>
        <translation>再発防止</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="125"/>
        <source>Other action</source>
        <comment>action.other</comment>
        <translation>その他の対応</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="126"/>
        <source>Handling on site</source>
        <comment>cost.on_site</comment>
        <translation>現場での対応</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="127"/>
        <source>Handling by phone</source>
        <comment>cost.phone</comment>
        <translation>電話での対応</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="128"/>
        <source>Apology visit</source>
        <comment>cost.apology_visit</comment>
        <translation>謝罪訪問</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="129"/>
        <source>Internal discussion</source>
        <comment>cost.deliberation</comment>
        <translation>社内での検討</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="130"/>
        <source>Lawyer</source>
        <comment>cost.lawyer</comment>
        <translation>弁護士</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="131"/>
        <source>Refund or compensation</source>
        <comment>cost.refund_compensation</comment>
        <translation>返金・補償</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="132"/>
        <source>Damage</source>
        <comment>cost.damage</comment>
        <translation>損害</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="133"/>
        <source>Other cost</source>
        <comment>cost.other</comment>
        <translation>その他の費用</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="134"/>
        <source>Full-time</source>
        <comment>employment.full_time</comment>
        <translation>正社員</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="135"/>
        <source>Part-time</source>
        <comment>employment.part_time</comment>
        <translation>パート・アルバイト</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="136"/>
        <source>Contract</source>
        <comment>employment.contract</comment>
        <translation>契約社員</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="137"/>
        <source>Manager</source>
        <comment>employment.manager</comment>
        <translation>店長・管理職</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="138"/>
        <source>Owner</source>
        <comment>employment.owner</comment>
        <translation>経営者</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="139"/>
        <source>Convenience store</source>
        <comment>trade.convenience_store</comment>
        <translation>コンビニエンスストア</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="140"/>
        <source>Restaurant or café</source>
        <comment>trade.restaurant</comment>
        <translation>飲食店</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="141"/>
        <source>Pharmacy</source>
        <comment>trade.pharmacy</comment>
        <translation>薬局</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="142"/>
        <source>Hair or beauty salon</source>
        <comment>trade.salon</comment>
        <translation>美容室・サロン</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="143"/>
        <source>Shop (retail)</source>
        <comment>trade.retail</comment>
        <translation>小売店</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="144"/>
        <source>Inn or hotel</source>
        <comment>trade.inn</comment>
        <translation>旅館・ホテル</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="145"/>
        <source>Public bath</source>
        <comment>trade.public_bath</comment>
        <translation>公衆浴場</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="146"/>
        <source>Clinic</source>
        <comment>trade.clinic</comment>
        <translation>診療所</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="147"/>
        <source>Other trade</source>
        <comment>trade.other</comment>
        <translation>その他の業種</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="148"/>
        <source>Staff phone</source>
        <comment>source.staff_phone</comment>
        <translation>従業員のスマートフォン</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="149"/>
        <source>CCTV</source>
        <comment>source.cctv</comment>
        <translation>防犯カメラ</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="150"/>
        <source>Call recorder</source>
        <comment>source.call_recorder</comment>
        <translation>通話録音装置</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="151"/>
        <source>Screenshot</source>
        <comment>source.screenshot</comment>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="152"/>
        <source>Scan</source>
        <comment>source.scan</comment>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="153"/>
        <source>Receipt</source>
        <comment>source.receipt</comment>
        <translation>レシート</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="154"/>
        <source>Other source</source>
        <comment>source.other</comment>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="155"/>
        <source>Image</source>
        <comment>evidence_kind.image</comment>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="156"/>
        <source>Video</source>
        <comment>evidence_kind.video</comment>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="157"/>
        <source>Audio</source>
        <comment>evidence_kind.audio</comment>
        <translation>音声</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="158"/>
        <source>PDF</source>
        <comment>evidence_kind.pdf</comment>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="159"/>
        <source>File</source>
        <comment>evidence_kind.other</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="160"/>
        <source>Yes</source>
        <comment>answer.yes</comment>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="161"/>
        <source>No</source>
        <comment>answer.no</comment>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="162"/>
        <source>Unclear</source>
        <comment>answer.unclear</comment>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="163"/>
        <source>Justified</source>
        <comment>claim.justified</comment>
        <translation>妥当性あり</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="164"/>
        <source>Not justified</source>
        <comment>claim.not_justified</comment>
        <translation>妥当性なし</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="165"/>
        <source>Unclear</source>
        <comment>claim.unclear</comment>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="166"/>
        <source>Prolonged</source>
        <comment>manner.prolonged</comment>
        <translation>長時間</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="167"/>
        <source>Violent or threatening</source>
        <comment>manner.violent_or_threatening</comment>
        <translation>暴力的・威圧的</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="168"/>
        <source>Continuous and persistent</source>
        <comment>manner.persistent</comment>
        <translation>継続的・執拗</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="169"/>
        <source>Discriminatory</source>
        <comment>manner.discriminatory</comment>
        <translation>差別的</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="170"/>
        <source>Sexual</source>
        <comment>manner.sexual</comment>
        <translation>性的</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="171"/>
        <source>Justified complaint</source>
        <comment>verdict_short.legitimate_complaint</comment>
        <translation>正当なクレーム</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="172"/>
        <source>Harassment (claim justified)</source>
        <comment>verdict_short.justified_unacceptable_manner</comment>
        <translation>カスハラ（要求に妥当性あり）</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="173"/>
        <source>Harassment (no basis)</source>
        <comment>verdict_short.no_basis_unacceptable_manner</comment>
        <translation>カスハラ（要求に根拠なし）</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="174"/>
        <source>No basis, acceptable manner</source>
        <comment>verdict_short.no_basis_acceptable_manner</comment>
        <translation>根拠なし・態様は相当</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="175"/>
        <source>Harassment (claim unclear)</source>
        <comment>verdict_short.unacceptable_manner_claim_unclear</comment>
        <translation>カスハラ（要求の妥当性は不明）</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="176"/>
        <source>Not determined</source>
        <comment>verdict_short.not_determined</comment>
        <translation>判断保留</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="177"/>
        <source>threat</source>
        <comment>keyword_list.threat</comment>
        <translation>脅し</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="178"/>
        <source>demand to do something without duty</source>
        <comment>keyword_list.coercion</comment>
        <translation>義務のないことの要求</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="179"/>
        <source>insult</source>
        <comment>keyword_list.insult</comment>
        <translation>侮辱</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="180"/>
        <source>false statement or deception</source>
        <comment>keyword_list.deception</comment>
        <translation>虚偽・偽計</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="181"/>
        <source>force</source>
        <comment>keyword_list.force</comment>
        <translation>威力</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="182"/>
        <source>money</source>
        <comment>keyword_list.money</comment>
        <translation>金銭</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="183"/>
        <source>injury</source>
        <comment>keyword_list.injury</comment>
        <translation>けが</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="184"/>
        <source>made public</source>
        <comment>keyword_list.public</comment>
        <translation>公然性</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="185"/>
        <source>damage</source>
        <comment>keyword_list.damage</comment>
        <translation>損壊</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="186"/>
        <source>Created</source>
        <comment>incident_field.created</comment>
        <translation>新規作成</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="187"/>
        <source>Record format</source>
        <comment>incident_field.format</comment>
        <translation>記録の形式</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="188"/>
        <source>Status</source>
        <comment>incident_field.status</comment>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="189"/>
        <source>Occurred</source>
        <comment>incident_field.occurred_at</comment>
        <translation>発生日時</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="190"/>
        <source>Ended</source>
        <comment>incident_field.ended_at</comment>
        <translation>終了日時</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="191"/>
        <source>Time zone</source>
        <comment>incident_field.timezone</comment>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="192"/>
        <source>Location</source>
        <comment>incident_field.location</comment>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="193"/>
        <source>Channel</source>
        <comment>incident_field.channel</comment>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="194"/>
        <source>What happened</source>
        <comment>incident_field.summary</comment>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="195"/>
        <source>Demand</source>
        <comment>incident_field.demand</comment>
        <translation>顧客の要求</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="196"/>
        <source>Behaviours</source>
        <comment>incident_field.behaviours</comment>
        <translation>行為</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="197"/>
        <source>Exact words</source>
        <comment>incident_field.quotes</comment>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="198"/>
        <source>Timeline</source>
        <comment>incident_field.timeline</comment>
        <translation>時系列</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="199"/>
        <source>People</source>
        <comment>incident_field.participants</comment>
        <translation>関係者</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="200"/>
        <source>Witness statements</source>
        <comment>incident_field.statements</comment>
        <translation>目撃者の陳述</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="201"/>
        <source>Actions taken</source>
        <comment>incident_field.actions</comment>
        <translation>実施した対応</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="202"/>
        <source>Time and money</source>
        <comment>incident_field.costs</comment>
        <translation>時間と費用</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="203"/>
        <source>Assessment</source>
        <comment>incident_field.assessment</comment>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="204"/>
        <source>Staff care</source>
        <comment>incident_field.staff_care</comment>
        <translation>従業員への影響とケア</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="205"/>
        <source>Prevention</source>
        <comment>incident_field.prevention</comment>
        <translation>再発防止</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="206"/>
        <source>Training case</source>
        <comment>incident_field.training_case</comment>
        <translation>社内研修での共有</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="207"/>
        <source>Day the shop learned who the offender is</source>
        <comment>incident_field.offender_known_on</comment>
        <translation>店（会社）が犯人を知った日</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="208"/>
        <source>Day the staff member harmed learned who the offender is</source>
        <comment>incident_field.offender_known_to_staff_on</comment>
        <translation>被害を受けた店員が犯人を知った日</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="210"/>
        <source>the shop (the company)</source>
        <comment>complaint_holder.shop</comment>
        <translation>店（会社）</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="211"/>
        <source>the staff member harmed</source>
        <comment>complaint_holder.staff</comment>
        <translation>被害を受けた店員</translation>
    </message>
    <message>
        <location filename="../../build/vocabulary_terms.py" line="209"/>
        <source>Answers on possible offences</source>
        <comment>incident_field.offence_answers</comment>
        <translation>犯罪の要件への回答</translation>
    </message>
</context>
<context>
    <name>WeakKdfNotice</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/weak_kdf_notice.py" line="38"/>
        <source>This logbook was created with test key-derivation settings (passphrase of %1): its passphrase is easy to guess by brute force. After unlocking, change the passphrase (or run `kasuhara passphrase change`) to fix this.</source>
        <translation>この記録帳はテスト用の鍵導出設定で作成されています（%1 のパスフレーズ）。総当たりで簡単に推測されるおそれがあります。解除後にパスフレーズを変更して（または `kasuhara passphrase change` を実行して）直してください。</translation>
    </message>
</context>
<context>
    <name>WhatHappenedPage</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="34"/>
        <source>1. What happened</source>
        <translation>1. 何があったか</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="41"/>
        <source>Began</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="43"/>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="44"/>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="47"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="48"/>
        <source>e.g. at the till, on the phone, car park</source>
        <translation>例: レジ、電話、駐車場</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="51"/>
        <source>What happened</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="52"/>
        <source>What happened, in a few words</source>
        <translation>何があったか、簡単に</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="55"/>
        <source>Demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="56"/>
        <source>What the customer demanded</source>
        <translation>顧客が求めたこと</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="62"/>
        <source>&amp;Began</source>
        <translation>開始(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="63"/>
        <source>&amp;Ended</source>
        <translation>終了(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="137"/>
        <source>New incident, begun at %1. Only “%2” saves it.</source>
        <translation>新しい事案（%1 開始）。「%2」を押すまで保存されません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="64"/>
        <source>C&amp;hannel</source>
        <translation>経路(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="124"/>
        <source>Write the exact words, not a summary of them (“馬鹿野郎”, not “was abusive”). Tick what the customer did. Nothing is saved until you press “%1”.</source>
        <translation>要約ではなく、言われた言葉をそのまま書いてください（「暴言を吐かれた」ではなく「馬鹿野郎」）。顧客がしたことにチェックを入れてください。「%1」を押すまで何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="65"/>
        <source>&amp;Place</source>
        <translation>場所(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="66"/>
        <source>&amp;What happened</source>
        <translation>経緯(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="67"/>
        <source>&amp;Demand</source>
        <translation>要求(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="83"/>
        <source>What the customer did</source>
        <translation>顧客がしたこと</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="100"/>
        <source>Exact words (who, what, when)</source>
        <translation>発言（誰が、何を、いつ）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="103"/>
        <source>Add what was said (time: now)</source>
        <translation>発言を追加（時刻: 今）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="139"/>
        <source>Incident %1</source>
        <translation>事案 %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/wizard/page_what_happened.py" line="172"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="82"/>
        <source>Notice wording</source>
        <translation>通知書の文言</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="89"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="105"/>
        <source>Filled in when printing: %1</source>
        <translation>印刷時に差し込まれる項目: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="114"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="116"/>
        <source>&amp;Reset to the default wording…</source>
        <translation>既定の文言に戻す(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="118"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="167"/>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="168"/>
        <source>The wording you changed has not been saved. Discard the changes?</source>
        <translation>変更した文言は保存されていません。変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="189"/>
        <source>Saved. New notices use this wording.</source>
        <translation>保存しました。新しい通知書にはこの文言が使われます。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="196"/>
        <source>Reset the wording?</source>
        <translation>文言を元に戻しますか？</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="197"/>
        <source>Go back to the wording shipped with the program for this language?</source>
        <translation>この言語の文言を、プログラムに付属の既定の文言に戻しますか？</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_delegate.py" line="140"/>
        <source>Deleted: %1</source>
        <translation>削除済み: %1</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="94"/>
        <source>This picture is too large to show here; export it instead.</source>
        <translation>この画像は大きすぎてここでは表示できません。書き出して開いてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/jobs.py" line="86"/>
        <source>This picture&apos;s format cannot be shown here; export it to open it elsewhere.</source>
        <translation>この画像の形式はここでは表示できません。書き出して、別のプログラムで開いてください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/evidence_ops.py" line="171"/>
        <source>The file already exists; choose another name.</source>
        <translation>同じ名前のファイルがすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="45"/>
        <source>This evidence failed its integrity check: the encrypted file is damaged or was altered, so it is not shown. Do not rely on it; restore the logbook from a backup.</source>
        <translation>この証拠は完全性の確認に失敗しました。暗号化されたファイルが破損しているか改変されているため、表示しません。この証拠には依拠せず、バックアップから記録帳を復元してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="54"/>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="55"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="56"/>
        <source>Intact</source>
        <translation>異常なし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="57"/>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="58"/>
        <source>File missing</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="59"/>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="82"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 バイト）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/evidence/texts.py" line="106"/>
        <source>Camera clock was right</source>
        <translation>カメラの時計は正確</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/messages.py" line="28"/>
        <source>Something went wrong inside the program. Nothing was changed by this step. Try again; if it happens again, restart the program.</source>
        <translation>プログラム内部で問題が起きました。この操作では何も変更されていません。もう一度お試しください。繰り返し起きる場合は、プログラムを再起動してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/dialogs/messages.py" line="43"/>
        <source>Kasuhara Desktop</source>
        <translation>Kasuhara Desktop</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="22"/>
        <source>Japanese and English side by side</source>
        <translation>日本語と英語を併記</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="23"/>
        <source>Japanese only</source>
        <translation>日本語のみ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="24"/>
        <source>English only</source>
        <translation>英語のみ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="25"/>
        <source>Norwegian only</source>
        <translation>ノルウェー語のみ</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="26"/>
        <source>Japanese and Norwegian side by side</source>
        <translation>日本語とノルウェー語を併記</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="33"/>
        <source>the incident has not been assessed</source>
        <translation>事案がまだ判断されていません</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="36"/>
        <source>the facts are not confirmed</source>
        <translation>事実が確認されていません</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="37"/>
        <source>the verdict is not harassment</source>
        <translation>判断結果がカスハラではありません</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="38"/>
        <source>whether it could relate to a disability or a request for accommodation has not been considered (judge step)</source>
        <translation>障害や配慮の求めに関係する可能性が検討されていません（判断のステップ）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/notice_labels.py" line="43"/>
        <source>it could relate to a disability or a request for accommodation: reasonable accommodation comes first, not a ban</source>
        <translation>障害や配慮の求めに関係する可能性があります。出入禁止ではなく、合理的配慮が先です</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="72"/>
        <source>The PDF could not be read for printing.</source>
        <translation>印刷用にPDFを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/pdf_panel.py" line="77"/>
        <source>The printer could not be started: check that it is ready, then try again.</source>
        <translation>プリンターを開始できませんでした。プリンターの準備ができているか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="36"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="37"/>
        <source>Label: notice number</source>
        <translation>項目名: 通知番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="38"/>
        <source>Number shown in the preview</source>
        <translation>プレビューに表示する番号</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="39"/>
        <source>Label: date</source>
        <translation>項目名: 日付</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="40"/>
        <source>Label: the person</source>
        <translation>項目名: 相手方</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="41"/>
        <source>After the name (e.g. 殿)</source>
        <translation>名前の後（例: 殿）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="42"/>
        <source>When the name is unknown</source>
        <translation>名前が分からないとき</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="43"/>
        <source>Label: address</source>
        <translation>項目名: 住所</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="44"/>
        <source>Label: description</source>
        <translation>項目名: 特徴</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="45"/>
        <source>Label: premises</source>
        <translation>項目名: 対象施設</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="46"/>
        <source>Premises when none are listed</source>
        <translation>施設を指定しないときの対象施設</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="49"/>
        <source>Label: period</source>
        <translation>項目名: 禁止期間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="50"/>
        <source>Period with an end</source>
        <translation>終了日のある期間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="51"/>
        <source>Period without an end</source>
        <translation>終了日のない期間</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="52"/>
        <source>Label: reason</source>
        <translation>項目名: 理由</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="53"/>
        <source>Sentence before the facts</source>
        <translation>事実の前の文</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="54"/>
        <source>Sentence after the facts</source>
        <translation>事実の後の文</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="55"/>
        <source>The prohibition</source>
        <translation>禁止の文</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="56"/>
        <source>Heading: breach</source>
        <translation>見出し: 違反した場合</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="57"/>
        <source>What happens on a breach</source>
        <translation>違反した場合の措置</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="58"/>
        <source>Heading: objections</source>
        <translation>見出し: 異議の申出</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="59"/>
        <source>How to object</source>
        <translation>異議の申出方法</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="60"/>
        <source>Label: where to object</source>
        <translation>項目名: 申出先</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="61"/>
        <source>Label: issued by</source>
        <translation>項目名: 通知者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="62"/>
        <source>Label: company</source>
        <translation>項目名: 会社名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="63"/>
        <source>Label: shop</source>
        <translation>項目名: 店舗</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="64"/>
        <source>Label: representative</source>
        <translation>項目名: 代表者</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="65"/>
        <source>Label: phone</source>
        <translation>項目名: 電話</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="66"/>
        <source>Seal box</source>
        <translation>印の欄</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="67"/>
        <source>Closing (e.g. 以上)</source>
        <translation>結び（例: 以上）</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="68"/>
        <source>Heading: receipt</source>
        <translation>見出し: 受領書</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="69"/>
        <source>Receipt sentence</source>
        <translation>受領の文</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="70"/>
        <source>Receipt: date</source>
        <translation>受領書: 日付</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="71"/>
        <source>Receipt: name</source>
        <translation>受領書: 氏名</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/wording_editor.py" line="72"/>
        <source>Page footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="26"/>
        <source>The printed PDF can be handed over in the shop (with the receipt slip signed) or sent by ordinary mail or email. It cannot be sent as paper 内容証明 (certified-content mail: Japanese text only, 20 characters × 26 lines a page, no images or tables): after issuing, save the 内容証明 text and print three copies of that. e-内容証明 (online) needs its own layout; this PDF is not made for it.</source>
        <translation>印刷したPDFは、店舗で手渡し（受領書に署名を受ける）、または普通郵便・メールで送ることができます。紙の内容証明郵便には使えません（日本語の文字のみ、1枚20字×26行、画像・表は不可）。発行後に「内容証明用テキスト」を保存し、それを3部印刷してください。電子内容証明（e内容証明）には専用の書式が必要で、このPDFはその用途には作られていません。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="45"/>
        <source>Save the 内容証明 text</source>
        <translation>内容証明用テキストを保存</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="47"/>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/notices/certified_text.py" line="68"/>
        <source>内容証明 text saved to %1</source>
        <translation>内容証明用テキストを %1 に保存しました</translation>
    </message>
</context>
<context>
    <name>rekeyNotice</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rekey_notice.py" line="17"/>
        <source>A change of the data key was interrupted (the program stopped while it ran) and has been undone: the logbook keeps its previous key, and your previous recovery sheet is still the valid one. A recovery sheet printed by the interrupted change is void: destroy it. Change the data key again in Settings if you still want to.</source>
        <translation>データキーの変更が途中で中断されたため（実行中にプログラムが停止しました）、変更を取り消しました。記録帳は以前のキーのままで、以前の復旧シートが引き続き有効です。中断した変更で印刷された復旧シートは無効ですので、破棄してください。変更が必要な場合は、設定からもう一度データキーを変更してください。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rekey_notice.py" line="24"/>
        <source>A change of the data key was interrupted (the program stopped while it ran) and has now been finished: the logbook uses the new key. Only the recovery sheet printed by that change opens it; the earlier sheet is void.</source>
        <translation>データキーの変更が途中で中断されていたため（実行中にプログラムが停止しました）、いま変更を完了しました。記録帳は新しいキーを使っています。開けるのはその変更で印刷された復旧シートだけで、それより前のシートは無効です。</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rekey_notice.py" line="39"/>
        <source>Change of the data key</source>
        <translation>データキーの変更</translation>
    </message>
</context>
<context>
    <name>rollback</name>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rollback_notice.py" line="20"/>
        <source>Saved work is missing</source>
        <translation>保存した記録が欠けています</translation>
    </message>
    <message>
        <location filename="../../kasuhara_desktop/ui/widgets/rollback_notice.py" line="22"/>
        <source>This logbook&apos;s database is older than the last change it acknowledged: some saved work is missing (an older copy of the database was put back, or its last changes were lost after a crash). Add nothing new; restore the newest backup, and run “kasuhara verify” for the details.</source>
        <translation>この記録帳のデータベースは、最後に確定した変更より古い状態です。保存した記録の一部が欠けています（古いデータベースのコピーが戻された、またはクラッシュ後に最後の変更が失われた）。新しい記録は追加せず、最新のバックアップから復元し、詳しくは「kasuhara verify」を実行してください。</translation>
    </message>
</context>
</TS>
