# ruff: noqa: E501
"""English for every Korean GUI string, applied to the .ts by scripts/update_translations.py.

`ENGLISH` is keyed by the Korean source text and used in every context; `BY_CONTEXT`
overrides one context where the same Korean needs other English (a button versus a status).
A numerus message (`%n`) takes a (singular, plural) pair. Placeholders ({0}, {name}, %1,
%n), HTML tags and the trailing "…" of menu items that open a dialog are kept as in the
source.
"""

from __future__ import annotations

English = str | tuple[str, str]

#: Order statuses and other domain labels, used in many contexts.
DOMAIN: dict[str, English] = {
    "결제전": "Awaiting payment",
    "상품준비중": "Preparing (paid)",
    "배송준비중": "Ready to ship",
    "배송중": "Shipped",
    "배송완료": "Delivered",
    "구매확정": "Confirmed",
    "취소": "Cancelled",
    "미결제": "Unpaid",
    "결제완료": "Paid",
    "부분환불": "Partly refunded",
    "환불완료": "Refunded",
    "신용카드": "Credit card",
    "가상계좌": "Virtual account",
    "휴대폰결제": "Mobile payment",
    "실시간 계좌이체": "Real-time transfer",
    "무통장입금": "Bank deposit",
    "네이버페이": "Naver Pay",
    "카카오페이": "Kakao Pay",
    "삼성페이": "Samsung Pay",
    "토스페이": "Toss Pay",
    "반품": "Return",
    "교환": "Exchange",
    "요청": "Requested",
    "회수완료": "Collected",
    "철회": "Withdrawn",
    "입고완료": "Received",
    "완료": "Completed",
    "재입고": "Restock",
    "폐기": "Discard",
    "이름 일치": "Name matches",
    "공백 무시 일치": "Matches ignoring spaces",
    "이름 포함": "Name contains",
    "직접 선택": "Chosen by hand",
    "적용": "Apply",
    "이미 적용됨": "Already applied",
    "일치 없음": "No match",
    "중복": "Duplicate",
    "오류": "Error",
    "100×150mm 감열 (1장/쪽)": "100×150 mm thermal (1/page)",
    "123×100mm CJ 표준": "123×100 mm CJ standard",
    "A4 2칸": "A4, 2 per page",
    "A4 3칸": "A4, 3 per page",
    "네이버 스마트스토어": "Naver SmartStore",
    "쿠팡": "Coupang",
    "Cafe24": "Cafe24",
    "일반 양식": "Generic layout",
    "작성중": "Draft",
    "발주완료": "Sent",
    "부분입고": "Partly received",
    "할당해제": "Release",
    "출고": "Shipment",
    "반품입고": "Return received",
    "재고조정": "Adjustment",
    "WMS 동기화": "WMS sync",
    "기초재고": "Opening stock",
}

#: Column names of an order file (import mapping).
ORDER_FILE_FIELDS: dict[str, English] = {
    "상품주문번호": "Line order no.",
    "묶음배송번호": "Bundle no. (Coupang)",
    "수취인": "Recipient",
    "수취인 연락처": "Recipient phone",
    "두 번째 연락처": "Second phone",
    "우편번호": "Postal code",
    "상세주소": "Address details",
    "배송메시지": "Delivery message",
    "구매자": "Buyer",
    "구매자 연락처": "Buyer phone",
    "상품코드(SKU)": "SKU code",
    "상품별 금액": "Line amount",
    "주문 결제금액": "Order total paid",
    "배송비": "Shipping fee",
    "결제수단": "Payment method",
    "카드사": "Card company",
    "할부개월": "Instalment months",
    "승인번호": "Approval no.",
    "입금은행": "Deposit bank",
    "입금계좌": "Deposit account",
    "입금자명": "Depositor name",
    "주문상태": "Order status",
    "결제일시": "Paid at",
    "발송기한": "Ship by",
}

DIALOGS: dict[str, English] = {
    # access log
    "개인정보 접속기록": "Personal data access log",
    "더 보기": "Show more",
    "엑셀로 저장…": "Save as Excel…",
    "시작일": "From date",
    "{0} / {1}건": "{0} / {1}",
    "접속기록 저장": "Save access log",
    "엑셀 파일 (*.xlsx)": "Excel files (*.xlsx)",
    "저장 실패": "Save failed",
    "파일을 저장하지 못했습니다 / could not save the file:\n{0}": "Could not save the file:\n{0}",
    "저장 완료": "Saved",
    "{0}건을 저장했습니다.\n{1}": "Saved {0} rows.\n{1}",
    "권한 없음": "Not permitted",
    "일시": "When",
    "작업자": "Operator",
    "작업": "Action",
    "주문": "Orders",
    "사유": "Reason",
    " 외 {0}건": " and {0} more",
    "열람": "Viewed",
    "출력": "Printed",
    "다운로드": "Downloaded",
    "수정": "Changed",
    "파기": "Purged",
    # backup
    "백업": "Backup",
    "만든 때": "Created",
    "종류": "Kind",
    "크기": "Size",
    "파일": "File",
    "지금 백업": "Back up now",
    "검사": "Verify",
    "이 백업으로 복원…": "Restore this backup…",
    "다른 파일에서 복원…": "Restore from another file…",
    "자동 백업: 하루 한 번, 최근 14개 보관. 위치: {0}": (
        "Automatic backup: once a day, the last 14 kept. Location: {0}"
    ),
    "서버 데이터베이스는 pg_dump 로 백업합니다 (비밀번호는 PGPASSWORD):\n{0}": (
        "A server database is backed up with pg_dump (password in PGPASSWORD):\n{0}"
    ),
    "이 PC에 pg_dump 가 없습니다. 서버에서 위 명령을 실행하세요.": (
        "pg_dump is not installed on this PC. Run the command above on the server."
    ),
    "자동": "Automatic",
    "수동": "Manual",
    "복원 전 보관": "Kept before restore",
    "백업하는 중…": "Backing up…",
    "백업했습니다 / Backed up: {0}": "Backed up: {0}",
    "복원할 백업 파일": "Backup file to restore",
    "SQLite 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)": (
        "SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"
    ),
    "복원": "Restore",
    "지금 데이터를 이 백업({0})으로 바꿉니다. 지금 파일은 따로 보관됩니다. 계속할까요?": (
        "The current data will be replaced by this backup ({0}). "
        "The current file is kept aside. Continue?"
    ),
    "복원했습니다. 이전 파일 보관: {0}": "Restored. The previous file was kept as: {0}",
    # claims
    "주문번호": "Order no.",
    "불러오기": "Load",
    "요청 수량": "Requested qty",
    "사유 (취소는 필수)": "Reason (required for a cancellation)",
    "교환 상품코드 (비우면 같은 상품)": "Exchange SKU code (empty = same product)",
    "취소 접수": "Request cancellation",
    "반품 접수": "Request return",
    "교환 접수": "Request exchange",
    " 원": " KRW",
    "입고 처리": "Restocking",
    "환불 차감액": "Refund deduction",
    "메모": "Note",
    "클레임 내역": "Claims",
    "주문을 찾을 수 없습니다: {number}": "Order not found: {number}",
    "{kind} 클레임 #{id}을(를) 접수했습니다.": "{kind} claim #{id} registered.",
    "교환 주문 {no}": "Exchange order {no}",
    "클레임을 먼저 고르세요.": "Select a claim first.",
    "클레임 #{id} → {status}": "Claim #{id} → {status}",
    "주문번호를 입력하세요.": "Enter an order number.",
    "{no} · {status} · {payment} · 환불 {refunded:,} / {total:,}원": (
        "{no} · {status} · {payment} · refunded KRW {refunded:,} / {total:,}"
    ),
    "보류: {reason}": "On hold: {reason}",
    "번호": "No.",
    "상품코드": "SKU code",
    "상품명": "Product",
    "옵션": "Option",
    "수량": "Qty",
    "클레임": "Claimed",
    "가능": "Claimable",
    "단가": "Unit price",
    "#": "#",
    "상태": "Status",
    "품목": "Items",
    "환불액": "Refund",
    "교환주문": "Exchange order",
    # combined shipment
    "합포장 후보": "Combined shipment candidates",
    "받는 분 / 주문번호": "Recipient / order no.",
    "상품": "Goods",
    "연락처·주소": "Phone · address",
    "체크한 주문 합포장": "Combine checked orders",
    "체크한 주문 합포장 제외": "Exclude checked orders from combining",
    "닫기": "Close",
    "받는 분·연락처·주소가 같은 출고 전 주문": (
        "Orders not yet shipped with the same recipient, phone and address"
    ),
    "{0} ({1}건)": "{0} ({1} orders)",
    "합포장할 수 있는 주문이 없습니다.": "No orders can be combined.",
    "{0}건을 합포장했습니다.": "Combined {0} orders into one shipment.",
    "{0}건을 합포장에서 제외했습니다.": "Excluded {0} orders from combining.",
    "합포장할 수 있는 주문이 더 없습니다.": "No more orders can be combined.",
    # waybill number ranges
    "송장번호 대역": "Waybill number ranges",
    "택배사": "Courier",
    "첫 번호": "First number",
    "끝 번호": "Last number",
    "다음 번호": "Next number",
    "남은 수": "Remaining",
    "대역 등록": "Add range",
    "남은 번호가 적습니다: ": "Few numbers left: ",
    " — 새 대역을 등록하세요.": " — add a new range.",
    "대역을 등록했습니다.": "Range added.",
    "송장번호 대역 잔여 {0}개 — 새 대역을 등록하세요.": "{0} numbers left in the waybill ranges — add a new range.",
    "송장번호 대역 잔여 {0}개": "{0} numbers left in the waybill ranges",
    # courier file
    "택배사 프로그램으로 송장번호 받기": "Get waybill numbers from the courier's program",
    "업로드 파일 내보내기…": "Export upload file…",
    "선택한 주문 %n건": ("%n selected order", "%n selected orders"),
    "선택한 주문 {n}건": "{n} selected orders",
    "송장번호가 없는 배송준비중 주문 전체": "All Ready to ship orders without a waybill number",
    "행": "Row",
    "배송키": "Shipment key",
    "송장번호": "Waybill number",
    "결과": "Result",
    "파일 선택…": "Choose file…",
    "1. 택배사": "1. Courier",
    "2. 결과 파일": "2. Result file",
    "업로드 파일 저장": "Save upload file",
    "엑셀 (*.xlsx)": "Excel (*.xlsx)",
    "%n건을 내보냈습니다: ": ("Exported %n order: ", "Exported %n orders: "),
    "결과 파일": "Result file",
    "엑셀/CSV (*.xlsx *.xls *.csv)": "Excel/CSV (*.xlsx *.xls *.csv)",
    "송장번호를 적용했습니다: 주문 %n건": (
        "Waybill numbers applied: %n order",
        "Waybill numbers applied: %n orders",
    ),
    # database
    "데이터베이스": "Database",
    "이 PC의 파일 (SQLite) — 설정 없이 바로 사용": "A file on this PC (SQLite) — works without setup",
    "공유 서버 (PostgreSQL) — 여러 PC가 함께 사용": "Shared server (PostgreSQL) — for several PCs",
    "다른 파일 열기…": "Open another file…",
    "위치": "Location",
    "서버": "Server",
    "주소": "Address",
    "포트": "Port",
    "사용자": "User",
    "비밀번호": "Password",
    "비밀번호는 운영체제의 암호 보관함에만 저장됩니다.": (
        "The password is stored only in the operating system's keyring."
    ),
    "연결 시험": "Test connection",
    "지금 사용 중: {0}": "In use now: {0}",
    "저장된 비밀번호 사용": "Use the saved password",
    "데이터베이스 파일 열기": "Open database file",
    "주소, 데이터베이스, 사용자를 입력하세요. / Enter host, database, user.": (
        "Enter host, database and user."
    ),
    "파일 위치를 입력하세요. / Enter the file location.": "Enter the file location.",
    "연결하는 중…": "Connecting…",
    # delivery import
    "배송완료 파일 가져오기": "Import delivered file",
    "배송조회 결과 파일을 고르세요 (운송장번호, 배송완료일).": (
        "Choose the tracking result file (waybill number, delivery date)."
    ),
    "배송완료일": "Delivered on",
    "배송완료 처리": "Mark delivered",
    "배송조회 결과 파일": "Tracking result file",
    "스프레드시트 (*.xlsx *.xls *.ods *.csv);;모든 파일 (*)": (
        "Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"
    ),
    "{n}건을 배송완료로 처리했습니다.": "Marked {n} orders as Delivered.",
    "송장 없음": "No such waybill",
    "발송 전: {why}": "Not shipped yet: {why}",
    "파일 안에서 중복": "Duplicate within the file",
    # deposits
    "입금 확인": "Confirm deposits",
    "입금 대기 주문": "Orders awaiting deposit",
    "은행 거래내역으로 확인": "Confirm from bank statement",
    "입금자·주문자": "Depositor · buyer",
    "금액": "Amount",
    "주문일시": "Ordered at",
    "입금기한": "Deposit deadline",
    "선택한 주문 입금 확인": "Confirm deposit of selected orders",
    "입금기한 지난 주문 취소": "Cancel orders past the deposit deadline",
    "거래내역 파일 선택…": "Choose statement file…",
    "입금": "Deposit",
    "매칭": "Match",
    "주문 선택": "Choose order",
    "체크한 입금 확인 적용": "Confirm checked deposits",
    "확실한 매칭 (체크된 것만 적용)": "Sure matches (only checked ones are applied)",
    "확인이 필요한 입금 — 주문을 직접 고르세요": "Deposits to check — choose the order yourself",
    "매칭되지 않은 입금과 읽지 못한 행": "Unmatched deposits and unreadable rows",
    "입금을 확인할 주문을 고르세요.": "Select the orders whose deposit arrived.",
    "{0}건 입금 확인": "Deposit confirmed for {0} orders",
    "입금기한이 지난 주문 {0}건을 취소했습니다": "Cancelled {0} orders past the deposit deadline",
    "은행 거래내역": "Bank statement",
    "입금 {0}건: 확실한 매칭 {1}건 · 확인 필요 {2}건 · 매칭 없음 {3}건": (
        "{0} deposits: {1} sure matches · {2} to check · {3} unmatched"
    ),
    "(적용 안 함)": "(do not apply)",
    "{0}행 매칭 없음: {1}": "Row {0} unmatched: {1}",
    "적용할 입금이 없습니다.": "No deposits to apply.",
    # dispatch delay
    "발송지연 등록": "Register dispatch delay",
    "예: 입고 지연, 주문 제작": "e.g. late receiving, made to order",
    "새 발송기한": "New ship-by date",
    # channel dispatch file
    "판매채널 발송처리": "Channel shipping confirmation",
    "판매채널": "Channel",
    "출력 시각": "Printed at",
    "발송처리 파일 만들기…": "Create shipping confirmation file…",
    "송장을 출력했지만 판매채널에 알리지 않은 배송: %n건": (
        "Parcels printed but not yet reported to their channel: %n",
        "Parcels printed but not yet reported to their channel: %n",
    ),
    "판매채널에 알릴 배송이 없습니다.": "No parcels to report to a channel.",
    "발송처리 파일 저장": "Save shipping confirmation file",
    "%1건을 저장했습니다: %2": "Saved %1 parcels: %2",
    # first run
    "설정을 마친 뒤 파일 › 데이터베이스… 에서 서버 주소와 계정을 입력하세요. 서버에 연결하면 "
    "그 서버의 쇼핑몰 정보를 사용하므로, 위 칸은 비워 두어도 됩니다.": (
        "After this setup, enter the server address and account in File › Database…. "
        "Once connected, the server's shop details are used, so you may leave the fields "
        "above empty."
    ),
    # hold
    "주문 보류": "Put orders on hold",
    "이 날짜까지 보류 (다음 날 자동 해제)": "On hold until this date (released the next day)",
    "고객 요청": "Customer request",
    "주소 확인 필요": "Address to be checked",
    "입금 확인 중": "Checking the deposit",
    "재고 확인 중": "Checking stock",
    "합포장 대기": "Waiting for combined shipment",
    # order import
    "주문 파일 가져오기": "Import order file",
    "열 직접 지정…": "Map columns…",
    "판매처에서 내려받은 주문 파일을 고르세요.": "Choose the order file downloaded from the channel.",
    "구분": "Kind",
    "좋은 행 가져오기": "Import good rows",
    "양식": "Layout",
    "가져오지 않는 행": "Rows not imported",
    "자동 인식": "Detect automatically",
    "주문 파일": "Order file",
    "파일을 읽는 중…": "Reading the file…",
    "비밀번호가 없어 파일을 열지 않았습니다.": "No password given; the file was not opened.",
    "파일의 양식을 알 수 없습니다. 양식을 고르거나 '열 직접 지정'을 누르세요.": (
        "The file's layout is unknown. Choose a layout or click 'Map columns'."
    ),
    "비밀번호가 맞지 않습니다. 다시 입력하세요.": "Wrong password. Please enter it again.",
    "비밀번호로 보호된 파일입니다. 비밀번호를 입력하세요.": (
        "The file is password-protected. Enter the password."
    ),
    "파일 비밀번호": "File password",
    "문제": "Problem",
    "건너뜀": "Skipped",
    "[{0}] 새 주문 {1}건 (품목 {2}개) · 이미 가져온 주문 {3}건 · 문제 있는 행 {4}개 · "
    "건너뛴 행 {5}개 · 파일 안의 중복 행 {6}개": (
        "[{0}] {1} new orders ({2} lines) · {3} already imported · {4} rows with problems · "
        "{5} rows skipped · {6} duplicate rows in the file"
    ),
    "문제 행을 빼고 가져오기": "Import without the problem rows",
    "가져오기": "Import",
    "주문 {0}건을 가져왔습니다. 상품 매칭이 필요한 품목 {1}개.": (
        "Imported {0} orders. {1} lines need product matching."
    ),
    "가져오기를 취소했습니다. 아무것도 저장되지 않았습니다.": "Import cancelled. Nothing was saved.",
    "실패했습니다: {0}": "Failed: {0}",
    # column mapping
    "열 지정": "Map columns",
    "(파일의 결제수단 열 / 없으면 신용카드)": "(the file's payment column, or credit card)",
    "이 배치를 양식으로 저장": "Save this mapping as a layout",
    "양식 이름 (예: 11번가)": "Layout name (e.g. 11st)",
    "시트": "Sheet",
    "제목 행": "Header row",
    "판매처 코드": "Channel code",
    "기본 결제수단": "Default payment method",
    "미리보기 (처음 몇 행)": "Preview (first rows)",
    "항목마다 파일의 열을 고르세요 (* 필수)": "Choose the file's column for each field (* required)",
    "(없음)": "(none)",
    "직접 지정": "Custom",
    "필수 항목의 열을 고르세요: {0}": "Choose a column for the required fields: {0}",
    "저장할 양식 이름을 입력하세요.": "Enter a name for the layout.",
    # labels
    "송장 출력": "Print waybills",
    "송장번호 대역에서 받기": "From a waybill number range",
    "택배사 결과파일로 받은 번호": "Numbers from the courier's result file",
    "택배사 API (테스트용)": "Courier API (for testing)",
    "선택한 배송준비중 주문: %n건": (
        "Selected Ready to ship orders: %n",
        "Selected Ready to ship orders: %n",
    ),
    "라벨 양식": "Label layout",
    "시작 칸 (A4)": "Start cell (A4)",
    "미리보기 새로고침": "Refresh preview",
    "인쇄…": "Print…",
    "PDF 저장…": "Save PDF…",
    "피킹 리스트 PDF…": "Picking list PDF…",
    "패킹 리스트 PDF…": "Packing list PDF…",
    "라벨을 만드는 중…": "Making labels…",
    "라벨 %1장, %2쪽": "%1 labels, %2 pages",
    "… 외 %n건": ("… and %n more", "… and %n more"),
    "출력할 송장이 없습니다.": "No waybills to print.",
    "라벨을 만들 수 없습니다: ": "Cannot make the labels: ",
    "송장 PDF 저장": "Save waybill PDF",
    "PDF 파일 (*.pdf)": "PDF files (*.pdf)",
    "PDF로 저장했습니다: ": "Saved as PDF: ",
    "프린터를 열 수 없습니다.": "Cannot open the printer.",
    "인쇄했습니다.": "Printed.",
    "피킹 리스트 저장": "Save picking list",
    "패킹 리스트 저장": "Save packing list",
    "저장했습니다: ": "Saved: ",
    # login
    "작업자 선택": "Choose operator",
    "대표": "Owner",
    "직원": "Staff",
    "숫자 4~12자리": "4 to 12 digits",
    "시작": "Start",
    "PIN": "PIN",
    # manual order
    "전화 주문 입력": "Enter phone order",
    "상품코드·상품명·옵션 검색": "Search SKU code, product or option",
    "추가": "Add",
    "선택 줄 삭제": "Delete selected lines",
    "{0} · 가용 {1}": "{0} · {1} available",
    "추가할 상품을 검색해서 고르세요.": "Search for the product to add and select it.",
    "상품 합계 {0}원": "Goods total KRW {0}",
    "배송 정보": "Delivery",
    "숫자 5자리": "5 digits",
    "받는 분 *": "Recipient *",
    "휴대전화 *": "Mobile phone *",
    "추가 연락처": "Other phone",
    "우편번호 *": "Postal code *",
    "주소 *": "Address *",
    "배송 요청사항": "Delivery request",
    "결제": "Payment",
    "일시불": "Lump sum",
    " 개월": " months",
    "할부": "Instalments",
    "입금 은행": "Deposit bank",
    "계좌번호": "Account number",
    "입금할 금액": "Amount to deposit",
    # matching
    "상품 매칭": "Product matching",
    "판매처": "Channel",
    "판매처 상품명": "Channel product name",
    "상품코드·바코드·상품명·옵션으로 검색": "Search by SKU code, barcode, product or option",
    "선택한 SKU로 연결": "Link to selected SKU",
    "매칭을 기다리는 판매처 상품": "Channel products waiting for matching",
    "우리 상품(SKU)": "Our products (SKU)",
    "매칭을 기다리는 상품이 없습니다.": "No products are waiting for matching.",
    "판매처 상품과 SKU를 하나씩 고르세요.": "Select one channel product and one SKU.",
    "'{0}'을(를) {1}에 연결했습니다 (주문 {2}건).": "Linked '{0}' to {1} ({2} orders).",
    # new purchase order
    "새 발주": "New purchase order",
    "(공급처 미지정)": "(no supplier)",
    "한 줄에 하나씩: 상품코드 수량\n예) TEE-BK-M 20": "One per line: SKU code and quantity\ne.g. TEE-BK-M 20",
    "공급처": "Supplier",
    "비고": "Note",
    "{0}번째 줄: '상품코드 수량' 형식이 아닙니다.": "Line {0}: not in the form 'SKU code quantity'.",
    # operators
    "사용자 관리": "Users",
    "이름": "Name",
    "역할": "Role",
    "비워 두면 PIN 없음": "Leave empty for no PIN",
    "PIN 설정": "Set PIN",
    "PIN 삭제": "Remove PIN",
    "역할 바꾸기": "Change role",
    "사용 중지": "Disable",
    "새 사용자": "New user",
    "선택한 사용자": "Selected user",
    "있음": "Set",
    "사용": "Active",
    "중지": "Disabled",
    "다시 사용": "Enable again",
    "직원으로 바꾸기": "Make staff",
    "대표로 바꾸기": "Make owner",
    "{0}을(를) 추가했습니다.": "Added {0}.",
    "PIN을 지웠습니다.": "PIN removed.",
    "PIN을 바꿨습니다.": "PIN changed.",
    "{0}을(를) 바꿨습니다.": "Changed {0}.",
    # order export
    "주문 엑셀 내보내기": "Export orders to Excel",
    "개인정보가 그대로 저장됩니다.": "Personal data is saved unmasked.",
    "이름·연락처·주소는 가려서 저장됩니다.": "Names, phones and addresses are saved masked.",
    "택배사 접수": "Courier booking",
    "세무·회계 자료": "Tax and accounting",
    "고객 문의 응대": "Customer enquiry",
    "반품·교환 처리": "Return or exchange",
    "다운로드 사유 (필수, 접속기록에 남습니다)": "Reason for the download (required, kept in the access log)",
    "찾아보기…": "Browse…",
    "내보내기": "Export",
    "대상": "Orders",
    "선택한 주문 {0}건": "{0} selected orders",
    "상태 {0}의 모든 주문": "All orders in status {0}",
    "모든 주문": "All orders",
    "저장할 파일": "File to save",
    # packing check
    "검수 (스캔 포장)": "Packing check (scan and pack)",
    "송장번호 또는 주문번호를 스캔하세요": "Scan a waybill number or order number",
    "열린 송장 없음": "No waybill open",
    "스캔": "Scan",
    "송장번호(또는 주문번호) 바코드를 스캔하세요.": "Scan the waybill (or order number) barcode.",
    "송장 {waybill} · 주문 {orders} · 수취인 {name}": (
        "Waybill {waybill} · orders {orders} · recipient {name}"
    ),
    "상품 바코드를 하나씩 스캔하세요. (Esc: 이 송장 취소)": (
        "Scan the product barcodes one by one. (Esc: drop this waybill)"
    ),
    "발송처리가 거부되었습니다: {reason}": "Shipping was refused: {reason}",
    "발송 완료: 송장 {waybill} → 배송중. 다음 송장을 스캔하세요.": (
        "Shipped: waybill {waybill} → Shipped. Scan the next waybill."
    ),
    "검수 {packed} / {total}": "Checked {packed} / {total}",
    "송장 검수를 취소했습니다. 다음 송장을 스캔하세요.": (
        "Packing check of the waybill dropped. Scan the next waybill."
    ),
    # product import preview
    "상품목록 가져오기 — 미리보기": "Import product list — preview",
    "새로 추가": "New",
    "가져올 수 없음": "Cannot import",
    "처리": "Action",
    "가져올 수 있는 행 {0}개 · 문제 있는 행 {1}개": "{0} rows can be imported · {1} rows with problems",
    "문제없는 {0}행 가져오기": "Import the {0} good rows",
    # products
    "상품·SKU 관리": "Products and SKUs",
    "상품코드·상품명·바코드 검색": "Search SKU code, product or barcode",
    "바코드": "Barcode",
    "원가": "Cost",
    "안전재고": "Safety stock",
    "현재고": "On hand",
    "할당": "Reserved",
    "판매중": "On sale",
    "새 SKU": "New SKU",
    "저장": "Save",
    "엑셀로 내보내기": "Export to Excel",
    "엑셀에서 가져오기…": "Import from Excel…",
    "판매가": "Price",
    "보관위치": "Bin location",
    "저장했습니다: {0}": "Saved: {0}",
    "상품목록 저장": "Save product list",
    "상품목록 가져오기": "Import product list",
    "스프레드시트 (*.xlsx *.xls *.ods *.csv)": "Spreadsheets (*.xlsx *.xls *.ods *.csv)",
    "새 SKU {0}개, 수정 {1}개를 가져왔습니다.": "Imported {0} new SKUs and {1} changes.",
    # purchase orders
    "발주·입고": "Purchase orders and receiving",
    "발주번호": "PO no.",
    "작성일": "Created",
    "입고": "Received",
    "발주": "Ordered",
    "입고됨": "Received",
    "잔량": "Outstanding",
    "이번 입고": "Receive now",
    "새로고침": "Refresh",
    "재고부족에서 발주": "Order what is short of stock",
    "새 발주…": "New purchase order…",
    "발주 전송 표시": "Mark as sent",
    "발주 취소": "Cancel purchase order",
    "엑셀로 저장": "Save as Excel",
    "PDF로 저장": "Save as PDF",
    "잔량 전부": "All outstanding",
    "입고처리": "Receive",
    "'이번 입고' 칸에 받은 수량을 적으세요.": "Enter the quantities received in the 'Receive now' column.",
    "발주서 {0}건을 만들었습니다.": "Created {0} purchase orders.",
    "새로 발주할 수량이 없습니다.": "Nothing new to order.",
    "발주서 {0}을(를) 만들었습니다.": "Created purchase order {0}.",
    "{0}: 발주완료로 표시했습니다.": "{0}: marked as sent.",
    "{0}: 발주를 취소했습니다.": "{0}: purchase order cancelled.",
    "받은 수량을 '이번 입고' 칸에 적으세요.": "Enter the quantities received in the 'Receive now' column.",
    "이미 처리된 입고입니다.": "This receipt was already recorded.",
    "{0}: {1} — 대기주문 {2}건에 재고를 할당했고 {3}건을 배송준비중으로 옮겼습니다.": (
        "{0}: {1} — stock reserved for {2} waiting orders, {3} moved to Ready to ship."
    ),
    "발주서 저장": "Save purchase order",
    # purge
    "개인정보 파기": "Purge personal data",
    "파기한 개인정보는 되돌릴 수 없음을 확인했습니다 (금액·상품·날짜는 남습니다)": (
        "I understand purged personal data cannot be restored (amounts, goods and dates remain)"
    ),
    "보관기간 {0}년: {1} 이전에 구매확정되었거나 취소된 주문 {2}건의 수취인·구매자 이름, "
    "연락처, 주소, 배송메시지를 파기합니다.": (
        "Retention {0} years: purges the recipient and buyer names, phones, addresses and "
        "delivery messages of {2} orders confirmed or cancelled before {1}."
    ),
    "파기하는 중…": "Purging…",
    "{0}건의 개인정보를 파기했습니다.": "Purged the personal data of {0} orders.",
    "파기하지 못했습니다: {0}": "Could not purge: {0}",
    # reveal
    "개인정보 보기": "Show personal data",
    "주문 {0}건의 개인정보를 봅니다. 열람 기록(작업자, 시각, 사유)이 남습니다.": (
        "Shows the personal data of {0} orders. The access (operator, time, reason) is logged."
    ),
    "예: 고객 배송 문의": "e.g. customer delivery enquiry",
    "보기": "Show",
    "수취인: {0} ({1})": "Recipient: {0} ({1})",
    "주소: ({0}) {1}": "Address: ({0}) {1}",
    "구매자: {0} ({1})": "Buyer: {0} ({1})",
    "배송메시지: {0}": "Delivery message: {0}",
    # shortages
    "재고부족 주문": "Orders short of stock",
    "공급처 / 상품코드": "Supplier / SKU code",
    "부족": "Short",
    "발주중": "On order",
    "발주 제안": "Suggested order",
    "부족 품목": "Short lines",
    "SKU별": "By SKU",
    "공급처별": "By supplier",
    "주문별": "By order",
    "발주서 만들기 (공급처별)": "Create purchase orders (per supplier)",
    "가용재고로 할당": "Reserve available stock",
    "재고조정·WMS 동기화·반품으로 생긴 가용재고를 결제가 오래된 주문부터 할당합니다.": (
        "Reserves stock freed by adjustments, WMS sync or returns, oldest payment first."
    ),
    "선택 주문 취소": "Cancel selected orders",
    "안내문 양식…": "Notice template…",
    "주문을 취소하면 고객 안내문이 여기에 나옵니다.": "The customer notice appears here when you cancel orders.",
    "안내문 복사": "Copy notice",
    "대기 수량": "Waiting qty",
    "가용": "Available",
    "주문 수": "Orders",
    "취소 사유": "Cancel reason",
    "재고부족 주문 {0:,}건 · SKU {1:,}개": "{0:,} orders short of stock · {1:,} SKUs",
    "발주서 {0}건을 만들었습니다: {1}": "Created {0} purchase orders: {1}",
    "새로 발주할 수량이 없습니다 (이미 발주중).": "Nothing new to order (already on order).",
    "공급처가 없어 빠진 SKU: {0}": "SKUs left out for lack of a supplier: {0}",
    "대기주문 {0}건에 재고를 할당했습니다 (배송준비중으로 이동 {1}건).": (
        "Stock reserved for {0} waiting orders ({1} moved to Ready to ship)."
    ),
    "취소할 주문을 '주문별' 탭에서 선택하세요.": "Select the orders to cancel in the 'By order' tab.",
    "취소 사유를 입력하세요.": "Enter a cancel reason.",
    "주문 취소": "Cancel orders",
    "주문 {0}건을 취소합니다. 할당된 재고는 풀리고 환불이 기록됩니다.\n사유: {1}": (
        "Cancel {0} orders? Reserved stock is released and refunds are recorded.\nReason: {1}"
    ),
    "{0}건을 취소했습니다.": "Cancelled {0} orders.",
    "고객 안내문 양식": "Customer notice template",
    "쓸 수 있는 이름: {수취인} {주문번호} {상품} {사유} {금액} {쇼핑몰}": (
        "Names you can use: {수취인} (recipient) {주문번호} (order no.) {상품} (goods) "
        "{사유} (reason) {금액} (amount) {쇼핑몰} (shop)"
    ),
    "안내문 양식을 저장했습니다.": "Notice template saved.",
    "품절 (재입고 불가)": "Sold out (no restock)",
    "단종": "Discontinued",
    "공급처 품절": "Sold out at supplier",
    # stock adjustment
    "재고 조정 (실사)": "Stock adjustment (stock count)",
    "실사 수량 (현재고)": "Counted quantity (on hand)",
    "현재고 {0:,} · 할당 {1:,} (할당보다 적게 조정할 수 없습니다)": (
        "On hand {0:,} · reserved {1:,} (cannot go below reserved)"
    ),
    "재고실사": "Stock count",
    "파손": "Damaged",
    "분실": "Lost",
    "샘플 사용": "Used as sample",
    "오입고 정정": "Receiving correction",
    # stock panel
    "재고부족만": "Short of stock only",
    "기다리는 재고부족 주문이 있는 상품만": "Only products with orders waiting for stock",
    "이 숫자는 왜? (재고 원장)": "Why this number? (stock ledger)",
    "재고 조정(실사)…": "Adjust stock (stock count)…",
    # stock ledger
    "재고 원장 — 이 숫자는 왜?": "Stock ledger — why this number?",
    "조회": "Show",
    "재고 증감": "On hand ±",
    "할당 증감": "Reserved ±",
    "재고": "Stock",
    "문서": "Document",
    "출처": "Source",
    "{code} {name} {option} — 현재고 {on_hand:,} · 할당 {reserved:,} · 가용 {available:,}": (
        "{code} {name} {option} — on hand {on_hand:,} · reserved {reserved:,} · "
        "available {available:,}"
    ),
    # WMS sync
    "WMS 재고 동기화": "WMS stock sync",
    "자동 (상품코드/SKU/품목코드)": "Automatic (SKU code / item code)",
    "자동 (수량/재고/가용재고)": "Automatic (quantity / stock / available)",
    "배치 저장…": "Save layout…",
    "차이 보기": "Show differences",
    "프로그램 재고": "Our stock",
    "WMS 수량": "WMS qty",
    "차이": "Difference",
    "차이 적용": "Apply differences",
    "WMS 파일": "WMS file",
    "배치": "Layout",
    "코드 열": "Code column",
    "수량 열": "Quantity column",
    "쓸 수 없는 행": "Unusable rows",
    "배치 저장": "Save layout",
    "이 WMS 배치의 이름": "Name of this WMS layout",
    "WMS 재고 파일": "WMS stock file",
    "{0}행: 없는 상품코드 {1}": "Row {0}: unknown SKU code {1}",
    "{0}행: {1}": "Row {0}: {1}",
    "적용할 차이 {0}건 · 같음 {1}건 · 없는 코드 {2}건 · 잘못된 행 {3}건": (
        "{0} differences to apply · {1} equal · {2} unknown codes · {3} bad rows"
    ),
    "{0}개 SKU를 WMS 수량으로 맞췄습니다.": "Set {0} SKUs to the WMS quantity.",
    # purchase-order editing and history
    "내용": "Event",
    "상세": "Details",
    "상품코드 검색": "Search SKU code",
    "품목 추가": "Add line",
    "선택 품목 삭제": "Remove selected line",
    "변경 저장": "Save changes",
    "이력 (최근 것부터)": "History (newest first)",
    "작성": "Created",
    "발주 전송": "Sent",
    "종료": "Closed",
    "{0}: 수정했습니다 — {1}": "{0}: edited — {1}",
    "{0}: 바뀐 것이 없습니다.": "{0}: nothing changed.",
    "추가할 상품코드를 입력하세요.": "Enter the SKU code to add.",
    "삭제할 품목을 고르세요.": "Select the line to remove.",
    "저장하지 않은 수정이 있습니다 — 먼저 '변경 저장'을 누르세요.": (
        "There are unsaved changes — press 'Save changes' first."
    ),
    # withdrawing a claim
    "클레임 철회…": "Withdraw claim…",
    "클레임 철회": "Withdraw claim",
    "클레임 #{id}을(를) 철회하는 사유": "Why claim #{id} is withdrawn",
    "클레임 #{id}을(를) 철회했습니다.": "Claim #{id} withdrawn.",
}

#: Menu items (context "Menus"); "…" marks an item that opens a dialog.
MENUS: dict[str, English] = {
    "클레임 처리 (취소·반품·교환)": "Claims (cancel, return, exchange)",
    "주문 파일 가져오기…": "Import order file…",
    "전화 주문 입력…": "Enter phone order…",
    "상품 매칭…": "Product matching…",
    "입금 확인…": "Confirm deposits…",
    "합포장 후보…": "Combined shipment candidates…",
    "보류…": "Put on hold…",
    "보류 해제": "Release hold",
    "발송지연 등록…": "Register dispatch delay…",
    "클레임 (취소·반품·교환)…": "Claims (cancel, return, exchange)…",
    "엑셀로 내보내기…": "Export to Excel…",
    "개인정보 보기…": "Show personal data…",
    "상품·SKU 관리…": "Products and SKUs…",
    "재고부족 주문…": "Orders short of stock…",
    "발주·입고…": "Purchase orders and receiving…",
    "재고 조정(실사)…": "Adjust stock (stock count)…",
    "WMS 재고 동기화…": "WMS stock sync…",
    "재고 원장 (이 숫자는 왜?)…": "Stock ledger (why this number?)…",
    "송장 출력…": "Print waybills…",
    "택배사 파일 (송장번호 받기)…": "Courier file (get waybill numbers)…",
    "송장번호 대역…": "Waybill number ranges…",
    "검수 (스캔 출고)…": "Packing check (scan and ship)…",
    "배송완료 파일 가져오기…": "Import delivered file…",
    "판매채널 발송처리 파일…": "Channel shipping confirmation file…",
    "사용자 관리…": "Users…",
    "개인정보 접속기록…": "Personal data access log…",
    "개인정보 파기…": "Purge personal data…",
    "데이터베이스 연결…": "Database connection…",
    "백업·복원…": "Backup and restore…",
    "데이터베이스 연결": "Database connection",
    "저장했습니다. 프로그램을 다시 시작하면 이 데이터베이스를 사용합니다.\nSaved. The program uses this database from its next start.": (
        "Saved. The program uses this database from its next start."
    ),
}

#: File › 공유 서버로 데이터 옮기기.
TRANSFER: dict[str, English] = {
    "공유 서버로 데이터 옮기기": "Move the data to the shared server",
    "공유 서버로 데이터 옮기기…": "Move the data to the shared server…",
    "표": "Table",
    "이 PC": "This PC",
    "옮기기": "Move",
    "먼저 파일 › 데이터베이스 연결에서 공유 서버를 설정하고 연결을 확인하세요.\n"
    "First set up and test the shared server in File › Database connection.": (
        "First set up and test the shared server in File › Database connection."
    ),
    "이 PC의 데이터({0})를 비어 있는 서버 데이터베이스({1})로 복사하고, 표마다 건수를 "
    "비교합니다. 서버에 데이터가 있으면 복사하지 않습니다.": (
        "Copies this PC's data ({0}) into the empty server database ({1}) and compares the "
        "row count of every table. Nothing is copied if the server already holds data."
    ),
    "데이터 옮기기": "Move the data",
    "지금 복사를 시작할까요? 다른 PC는 그동안 이 파일을 쓰지 않아야 합니다.": (
        "Start copying now? No other PC may use this file meanwhile."
    ),
    "옮기는 중…": "Moving…",
    "옮겼습니다: {0:,}행, 모든 표의 건수가 같습니다.": (
        "Moved {0:,} rows; every table's count matches."
    ),
    "건수가 다른 표가 있습니다: {0}": "Counts differ in: {0}",
}

ENGLISH: dict[str, English] = {**DOMAIN, **ORDER_FILE_FIELDS, **DIALOGS, **MENUS, **TRANSFER}

#: (context, Korean source[, disambiguation comment]) -> English where a context needs other
#: English; the three-part key matches `translate(context, source, comment)`.
BY_CONTEXT: dict[tuple[str, ...], English] = {
    ("Labels", "구매확정", "action"): "Confirm purchase",
    ("FirstStart", "취소"): "Cancel",
    ("PurchaseOrderDialog", "수정"): "Edited",
    ("SettingsDialog", "송장에 이름·전화번호 가리기 (홍*동, 010-1234-****)"): (
        "Mask labels (홍*동, 010-1234-****)"
    ),
    ("SettingsDialog", "입고 시 재고가 할당되면 자동으로 배송준비중으로"): (
        "Auto Ready to ship when receiving reserves stock"
    ),
    ("LabelPrintDialog", "송장번호"): "Waybill no.",
    ("StockWhyDialog", "재고"): "On hand",
    ("OrderEventTableModel", "작업자"): "Who",
    ("ImportDialog", "취소"): "Cancel",
    ("ClaimsView", "취소"): "Cancellation",
    ("ClaimsView", "입고 처리"): "Disposition",
    ("CourierFileDialog", "적용"): "Apply",
    ("CourierFileDialog", "결과"): "Result",
    ("AccessLogModel", "주문"): "Orders",
    ("MatchingDialog", "주문"): "Orders",
    ("StockWhyDialog", "구분"): "Kind",
    ("ProductImportPreviewDialog", "수정"): "Update",
    ("PurchaseOrderDialog", "입고"): "Received",
    ("Labels", "입고"): "Receipt",
    ("Labels", "할당"): "Reserve",
}
