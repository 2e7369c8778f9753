// For the tests (unit and end-to-end): what Word (Microsoft 365, Windows) puts on the clipboard for two
// paragraphs, a bulleted and a numbered list and a coloured line, trimmed of its long <style> block but
// otherwise as it comes.
export const WORD_CLIPBOARD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><style><!--
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7; font-family:Symbol;}
@list l1:level1 {mso-level-tab-stop:none; mso-level-number-position:left; text-indent:-18.0pt;}
--></style></head>
<body lang=VI style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><span lang=VI style='font-size:14.0pt;
font-family:"Times New Roman",serif'>Hội nghị đã nghe báo cáo kết quả năm 2022, <b>đạt 104,9% kế hoạch</b>
về giải quyết việc làm.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=VI>Phường Nghi Hải<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=VI style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;
</span></span></span><![endif]><span lang=VI>Phường <b>Nghi Thủy</b><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=VI><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=VI>Rà soát chỉ tiêu <i>giải quyết việc làm</i><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l1 level2 lfo2'><![if !supportLists]><span
lang=VI style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;
</span></span></span><![endif]><span lang=VI>cho từng phường</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=VI><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=VI>Báo cáo trước ngày 31/01/2023<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI style='color:red;font-family:Arial'>Kết thúc hội nghị lúc 11 giờ.</span></p>
<!--EndFragment-->
</body></html>`;
