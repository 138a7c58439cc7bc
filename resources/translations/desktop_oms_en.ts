<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ko_KR">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/access_log_dialog.py" line="+129" />
        <source>개인정보 접속기록</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>더 보기</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>엑셀로 저장…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>시작일</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+40" />
        <source>{0} / {1}건</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>접속기록 저장</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>엑셀 파일 (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>저장 실패</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>파일을 저장하지 못했습니다 / could not save the file:
{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>저장 완료</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>{0}건을 저장했습니다.
{1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <location line="-157" />
        <source>일시</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작업자</source>
        <translation type="unfinished">Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작업</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>주문</source>
        <translation type="unfinished">Orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location line="+49" />
        <source> 외 {0}건</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>열람</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>출력</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>다운로드</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>수정</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>파기</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CancelReasonDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/action_dialogs.py" line="+26" />
        <source>주문취소</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0}건을 취소합니다: {1}</source>
        <translation>Cancelling {0} order(s): {1}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>고객 단순변심</source>
        <translation>Customer changed their mind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>품절로 인한 취소</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주소 오류로 재주문</source>
        <translation>Wrong address, ordered again</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금기한 경과</source>
        <translation>Deposit deadline passed</translation>
    </message>
    <message>
        <location line="+5" />
        <source>취소 사유 (필수)</source>
        <translation>Cancel reason (required)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/error_log.py" line="+67" />
        <source>예기치 않은 오류</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>예기치 않은 오류가 발생했습니다: {0}
작업은 계속할 수 있습니다. 자세한 내용은 로그 파일에 있습니다:
{1}</source>
        <translation>An unexpected error occurred: {0}
You can keep working. Details are in the log file:
{1}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/first_run_dialog.py" line="+56" />
        <source>처음 설정</source>
        <extracomment>QSettings key (per PC) that says the first-run setup was completed. QSettings key (per PC) recording where the user wants the data: "local" or "shared".</extracomment>
        <translation>First setup</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Desktop OMS를 시작하기 전에 운송장에 인쇄될 보내는 사람 정보를 입력하세요. 나중에 설정에서 바꿀 수 있습니다.</source>
        <translation>Before you start Desktop OMS, enter the sender details printed on waybill labels. You can change them later in Settings.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>예: 행복상회</source>
        <translation>e.g. Happy Store</translation>
    </message>
    <message>
        <location line="+4" />
        <source>예: 서울 강남구 테헤란로 1</source>
        <translation>e.g. 서울 강남구 테헤란로 1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>쇼핑몰 이름</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>보내는 사람 전화</source>
        <translation>Sender phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>보내는 사람 주소</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>기본 택배사</source>
        <translation>Default courier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>이 PC에 저장 (기본, 설정 필요 없음)</source>
        <translation>On this PC (default, nothing to set up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>공유 서버 (여러 PC가 같은 주문을 사용)</source>
        <translation>Shared server (several PCs use the same orders)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>설정을 마친 뒤 파일 › 데이터베이스… 에서 서버 주소와 계정을 입력하세요. 그때까지는 이 PC의 데이터베이스를 사용합니다.</source>
        <translation>After this setup, enter the server address and account under File › Database…. Until then this PC's database is used.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>데이터 저장 위치</source>
        <translation>Where the data is kept</translation>
    </message>
    <message>
        <location line="+15" />
        <source>시작하기</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>나중에</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+34" />
        <source>쇼핑몰 이름을 입력하세요 / Please enter the shop name</source>
        <translation>Please enter the shop name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>전화번호 형식이 올바르지 않습니다 (예: 010-1234-5678) / The phone number is not valid (e.g. 010-1234-5678)</source>
        <translation>The phone number is not valid (e.g. 010-1234-5678)</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../desktop_oms/ui/first_start.py" line="+42" />
        <source>처음 실행: 예제 주문 {0}건을 만드는 중…</source>
        <translation>First start: creating {0} demo orders…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>예제 데이터</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/label_dialog.py" line="+71" />
        <source>송장 출력</source>
        <extracomment>What printing changed (print counts, history), for the main window to broadcast. The preview is ready (number of pages).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>송장번호 대역에서 받기</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>택배사 결과파일로 받은 번호</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>택배사 API (테스트용)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>선택한 배송준비중 주문: %n건</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>택배사</source>
        <translation type="unfinished">Courier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>송장번호</source>
        <translation type="unfinished">Waybill number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>라벨 양식</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>시작 칸 (A4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>미리보기 새로고침</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>인쇄…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>PDF 저장…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>피킹 리스트 PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>패킹 리스트 PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>닫기</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+77" />
        <source>라벨을 만드는 중…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>라벨 %1장, %2쪽</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>… 외 %n건</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>출력할 송장이 없습니다.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>라벨을 만들 수 없습니다: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>송장 PDF 저장</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+56" />
        <source>PDF 파일 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-52" />
        <source>PDF로 저장했습니다: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>프린터를 열 수 없습니다.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>인쇄했습니다.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>피킹 리스트 저장</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>패킹 리스트 저장</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>저장했습니다: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_oms/ui/labels.py" line="+14" />
        <source>결제전</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품준비중</source>
        <translation>Preparing goods</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송준비중</source>
        <translation>Ready to ship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송중</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송완료</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <source>구매확정</source>
        <translation>Purchase confirmed</translation>
    </message>
    <message>
        <location line="-23" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18" />
        <source>입금확인</source>
        <translation>Confirm deposit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>재고할당 → 배송준비</source>
        <translation>Reserve stock → Ready to ship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주문취소</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>발송처리</source>
        <translation>Mark shipped</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송완료 처리</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location line="+8" />
        <source>신용카드</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>가상계좌</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>휴대폰결제</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>실시간 계좌이체</source>
        <translation>Real-time transfer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>무통장입금</source>
        <translation>Bank deposit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>네이버페이</source>
        <translation>Naver Pay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>카카오페이</source>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>삼성페이</source>
        <translation>Samsung Pay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>토스페이</source>
        <translation>Toss Pay</translation>
    </message>
    <message>
        <location line="+7" />
        <source>미결제</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>결제완료</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>부분환불</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>환불완료</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+7" />
        <source>한국어</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/login_dialog.py" line="+48" />
        <source>작업자 선택</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>대표</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>직원</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>숫자 4~12자리</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>시작</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>작업자</source>
        <translation type="unfinished">Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_oms/ui/main_window.py" line="+54" />
        <source>Desktop OMS — 주문관리</source>
        <translation>Desktop OMS — Orders</translation>
    </message>
    <message>
        <location line="+26" />
        <source>데이터베이스: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>새로고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+196" />
        <source>데이터베이스 정보</source>
        <translation>Database information</translation>
    </message>
    <message>
        <location line="-195" />
        <source>설정…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>종료</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+202" />
        <source>정보</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-201" />
        <source>재고 새로고침</source>
        <translation>Refresh stock</translation>
    </message>
    <message>
        <location line="+4" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5" />
        <source>주문</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+5" />
        <source>재고</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+2" />
        <source>재고 현황 패널</source>
        <translation>Stock panel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>배송</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+3" />
        <source>도움말</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+4" />
        <source>주문 처리</source>
        <translation>Order actions</translation>
    </message>
    <message>
        <location line="+135" />
        <source>{0}: {1}건 처리, {2}건 거부</source>
        <translation>{0}: {1} done, {2} refused</translation>
    </message>
    <message>
        <location line="+13" />
        <source>… 외 {0}건</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location line="+3" />
        <source>처리할 수 없는 주문</source>
        <translation>Orders not changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>다음 주문은 처리되지 않았습니다 / These orders were not changed:</source>
        <translation>These orders were not changed:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>데이터베이스 파일: {0}</source>
        <translation>Database file: {0}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Desktop OMS {0}
소규모 온라인 쇼핑몰을 위한 주문관리 프로그램</source>
        <translation>Desktop OMS {0}
Order management for small online shops</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <location filename="../../desktop_oms/ui/order_detail.py" line="+35" />
        <location line="+74" />
        <source>주문을 선택하세요.</source>
        <translation>Select an order.</translation>
    </message>
    <message>
        <location line="-67" />
        <source>수령인</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송메시지</source>
        <translation>Delivery message</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주문자</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>송장</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <location line="+4" />
        <source>결제수단</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1" />
        <source>결제상태</source>
        <translation>Payment state</translation>
    </message>
    <message>
        <location line="+1" />
        <source>결제금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>카드사 / 할부</source>
        <translation>Card / instalments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>승인번호</source>
        <translation>Approval no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금계좌</source>
        <translation>Deposit account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금기한</source>
        <translation>Deposit deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>결제일시</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>환불금액</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+3" />
        <source>받는 분</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>결제</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+8" />
        <source>주문상품</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1" />
        <source>처리 이력</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{0}건의 주문이 선택되었습니다.</source>
        <translation>{0} orders selected.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>주문 {0} · {1} · {2}</source>
        <translation>Order {0} · {1} · {2}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{0}원 (배송비 {1}원)</source>
        <translation>KRW {0} (shipping KRW {1})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0}개월</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location line="+2" />
        <source>일시불</source>
        <translation>Lump sum</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{0}원</source>
        <translation>KRW {0}</translation>
    </message>
</context>
<context>
    <name>OrderEventTableModel</name>
    <message>
        <location filename="../../desktop_oms/ui/detail_models.py" line="+110" />
        <source>일시</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작업자</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>이전 상태</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>변경 상태</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+21" />
        <source>주문 등록</source>
        <translation>Order created</translation>
    </message>
    <message>
        <location line="+2" />
        <source>환불</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1" />
        <source>재고부족</source>
        <translation>Short of stock</translation>
    </message>
</context>
<context>
    <name>OrderLineTableModel</name>
    <message>
        <location line="-68" />
        <source>상품코드</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품명</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1" />
        <source>옵션</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수량</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>단가</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할당</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(매칭 필요)</source>
        <translation>(needs matching)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../desktop_oms/ui/order_table_model.py" line="+65" />
        <source>주문번호</source>
        <extracomment>fetch(offset, limit, search) -&gt; one page of rows, newest first. Role giving the OrderRow of a row (for the window's selection handling).</extracomment>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주문일시</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>판매채널</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수령인</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1" />
        <source>결제금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>결제수단</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1" />
        <source>발송기한</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상태 표시</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>송장번호</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <location line="+143" />
        <source>발송기한 지남</source>
        <translation>Ship-by date passed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>오늘 발송</source>
        <translation>Ship today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>보류: {0}</source>
        <translation>On hold: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>재고부족</source>
        <translation>Short of stock</translation>
    </message>
    <message>
        <location line="+2" />
        <source>상품매칭 필요</source>
        <translation>Needs product matching</translation>
    </message>
</context>
<context>
    <name>PackingDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/packing_dialog.py" line="+55" />
        <source>검수 (스캔 포장)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>송장번호 또는 주문번호를 스캔하세요</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+129" />
        <source>열린 송장 없음</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-125" />
        <source>상품코드</source>
        <translation type="unfinished">SKU code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품명</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <location line="+1" />
        <source>옵션</source>
        <translation type="unfinished">Option</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수량</source>
        <translation type="unfinished">Qty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>스캔</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>닫기</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>송장번호(또는 주문번호) 바코드를 스캔하세요.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>송장 {waybill} · 주문 {orders} · 수취인 {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>상품 바코드를 하나씩 스캔하세요. (Esc: 이 송장 취소)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>발송처리가 거부되었습니다: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>발송 완료: 송장 {waybill} → 배송중. 다음 송장을 스캔하세요.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>검수 {packed} / {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>송장 검수를 취소했습니다. 다음 송장을 스캔하세요.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/access_log_dialog.py" line="+102" />
        <source>권한 없음</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/settings_dialog.py" line="+37" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+3" />
        <source>시스템 설정 따르기</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+10" />
        <source>송장에 이름·전화번호 가리기 (홍*동, 010-1234-****)</source>
        <translation>Mask names and phones on labels (홍*동, 010-1234-****)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source> 일</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입고 시 재고가 할당되면 자동으로 배송준비중으로</source>
        <translation>Move to Ready to ship automatically when a receipt reserves stock</translation>
    </message>
    <message>
        <location line="+5" />
        <source>이 PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>언어 (다시 시작하면 적용)</source>
        <translation>Language (applies after restart)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>쇼핑몰 (모든 PC 공통)</source>
        <translation>Shop (shared by all PCs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>쇼핑몰 이름</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>보내는 분 전화번호</source>
        <translation>Sender phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>보내는 분 주소</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>기본 택배사</source>
        <translation>Default courier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>입금기한</source>
        <translation>Deposit deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>자동 구매확정 (배송완료 후)</source>
        <translation>Auto-confirm purchase (after delivery)</translation>
    </message>
</context>
<context>
    <name>ShippingDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/action_dialogs.py" line="+31" />
        <source>발송처리 — {0}</source>
        <translation>Mark shipped — {0}</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+9" />
        <source>송장번호</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <location line="-1" />
        <source>택배사</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>주문 {0}의 택배사와 송장번호를 입력하세요.</source>
        <translation>Enter the courier and waybill number of order {0}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_oms/ui/application.py" line="+81" />
        <source>데이터베이스 오류</source>
        <translation>Database error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>데이터베이스를 열 수 없습니다.
The database could not be opened.

{0}

{1}</source>
        <translation>The database could not be opened.

{0}

{1}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>예제 데이터</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>예제 데이터를 만들지 못했습니다 / Demo data failed: {0}</source>
        <translation>Demo data could not be created: {0}</translation>
    </message>
</context>
<context>
    <name>StatusTabs</name>
    <message>
        <location filename="../../desktop_oms/ui/order_tabs.py" line="+40" />
        <source>주문번호·수령인·전화번호·상품명 검색</source>
        <extracomment>fetch_for(status) -&gt; the page function of that status's tab.</extracomment>
        <translation>Search order no., recipient, phone or product</translation>
    </message>
    <message>
        <location line="+19" />
        <source>검색</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../desktop_oms/ui/stock_panel.py" line="+143" />
        <source>재고 현황</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+4" />
        <source>상품코드·상품명 검색</source>
        <translation>Search SKU code or product</translation>
    </message>
    <message>
        <location line="+2" />
        <source>안전재고 이하만</source>
        <translation>At or below safety only</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location line="-92" />
        <source>상품코드</source>
        <extracomment>fetch(only_below_safety, search) -&gt; the SKU rows to show.</extracomment>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품명</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1" />
        <source>옵션</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1" />
        <source>현재고</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할당</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>가용</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+1" />
        <source>안전재고</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입고예정</source>
        <translation>On order</translation>
    </message>
    <message>
        <location line="+52" />
        <source>가용재고 {0}개 — 안전재고 {1}개 이하</source>
        <translation>{0} available — at or below safety stock {1}</translation>
    </message>
</context>
</TS>