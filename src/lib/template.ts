/**
 * The narrative `npm run new:programme` writes for an editor to fill in, in each
 * language. The check reads it too: any of its placeholder lines left in a narrative
 * is an error, so that no template text is ever published.
 */
export const TEMPLATE = {
  vi: `---
summary: Một câu tóm tắt chương trình (không gõ con số; năm và số hiệu văn bản thì được).
---

Giới thiệu văn bản: số hiệu, ngày ban hành, cơ quan ban hành, mục tiêu.

### Đã hứa gì

{/* Chỉ tiêu lấy từ dữ liệu, ví dụ: <Stat indicator="ID-CHỈ-SỐ" show="target" /> */}

### Kết quả báo cáo

{/* Mỗi con số dùng <Stat indicator="ID-CHỈ-SỐ" period="2022" />; biểu đồ: <Chart indicator="ID-CHỈ-SỐ" /> */}

### Chỗ chưa đạt

### Đến năm 2025
`,
  en: `---
summary: One sentence on the programme (type no figures; years and document codes are fine).
---

What the instrument is: its code, date, issuer and purpose.

### What was promised

{/* Targets come from the data, e.g. <Stat indicator="INDICATOR-ID" show="target" /> */}

### What is reported

{/* Every number through <Stat indicator="INDICATOR-ID" period="2022" />; a chart: <Chart indicator="INDICATOR-ID" /> */}

### Where results fell short

### To 2025
`,
};
