<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ko_KR">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/access_log_dialog.py" line="+96" />
        <source>개인정보 접속기록</source>
        <translation>Personal data access log</translation>
    </message>
    <message>
        <location line="+12" />
        <source>더 보기</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+1" />
        <source>엑셀로 저장…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>시작일</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+40" />
        <source>{0} / {1}건</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>접속기록 저장</source>
        <translation>Save access log</translation>
    </message>
    <message>
        <location line="+0" />
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>저장 실패</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>파일을 저장하지 못했습니다 / could not save the file:
{0}</source>
        <translation>Could not save the file:
{0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>저장 완료</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{0}건을 저장했습니다.
{1}</source>
        <translation>Saved {0} rows.
{1}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>권한 없음</source>
        <translation>Not permitted</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <location line="-140" />
        <source>일시</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작업자</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작업</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주문</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+22" />
        <source> 외 {0}건</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location line="+7" />
        <source>열람</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>출력</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>다운로드</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수정</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>파기</source>
        <translation>Purged</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/backup_dialog.py" line="+44" />
        <source>백업</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+3" />
        <source>만든 때</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>크기</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>지금 백업</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>검사</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+1" />
        <source>이 백업으로 복원…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>다른 파일에서 복원…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>자동 백업: 하루 한 번, 최근 14개 보관. 위치: {0}</source>
        <translation>Automatic backup: once a day, the last 14 kept. Location: {0}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>서버 데이터베이스는 pg_dump 로 백업합니다 (비밀번호는 PGPASSWORD):
{0}</source>
        <translation>A server database is backed up with pg_dump (password in PGPASSWORD):
{0}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>이 PC에 pg_dump 가 없습니다. 서버에서 위 명령을 실행하세요.</source>
        <translation>pg_dump is not installed on this PC. Run the command above on the server.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>자동</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수동</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>복원 전 보관</source>
        <translation>Kept before restore</translation>
    </message>
    <message>
        <location line="+35" />
        <source>백업하는 중…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>백업했습니다 / Backed up: {0}</source>
        <translation>Backed up: {0}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>복원할 백업 파일</source>
        <translation>Backup file to restore</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SQLite 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>복원</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+2" />
        <source>지금 데이터를 이 백업({0})으로 바꿉니다. 지금 파일은 따로 보관됩니다. 계속할까요?</source>
        <translation>The current data will be replaced by this backup ({0}). The current file is kept aside. Continue?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>복원했습니다. 이전 파일 보관: {0}</source>
        <translation>Restored. The previous file was kept as: {0}</translation>
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
    <name>ClaimsView</name>
    <message>
        <location filename="../../desktop_oms/ui/claims_view.py" line="+55" />
        <source>주문번호</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>불러오기</source>
        <translation>Load</translation>
    </message>
    <message>
        <location line="+7" />
        <source>요청 수량</source>
        <translation>Requested qty</translation>
    </message>
    <message>
        <location line="+5" />
        <source>사유 (취소는 필수)</source>
        <translation>Reason (required for a cancellation)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>교환 상품코드 (비우면 같은 상품)</source>
        <translation>Exchange SKU code (empty = same product)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>취소 접수</source>
        <translation>Request cancellation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>반품 접수</source>
        <translation>Request return</translation>
    </message>
    <message>
        <location line="+1" />
        <source>교환 접수</source>
        <translation>Request exchange</translation>
    </message>
    <message>
        <location line="+11" />
        <source> 원</source>
        <translation> KRW</translation>
    </message>
    <message>
        <location line="-21" />
        <source>입고 처리</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location line="+33" />
        <source>클레임 철회…</source>
        <translation>Withdraw claim…</translation>
    </message>
    <message>
        <location line="+28" />
        <source>환불 차감액</source>
        <translation>Refund deduction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+11" />
        <source>클레임 내역</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+12" />
        <source>주문을 찾을 수 없습니다: {number}</source>
        <translation>Order not found: {number}</translation>
    </message>
    <message>
        <location line="+42" />
        <source>{kind} 클레임 #{id}을(를) 접수했습니다.</source>
        <translation>{kind} claim #{id} registered.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>교환 주문 {no}</source>
        <translation>Exchange order {no}</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+27" />
        <source>클레임을 먼저 고르세요.</source>
        <translation>Select a claim first.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>클레임 #{id} → {status}</source>
        <translation>Claim #{id} → {status}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>클레임 철회</source>
        <translation>Withdraw claim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>클레임 #{id}을(를) 철회하는 사유</source>
        <translation>Why claim #{id} is withdrawn</translation>
    </message>
    <message>
        <location line="+11" />
        <source>클레임 #{id}을(를) 철회했습니다.</source>
        <translation>Claim #{id} withdrawn.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>주문번호를 입력하세요.</source>
        <translation>Enter an order number.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{no} · {status} · {payment} · 환불 {refunded:,} / {total:,}원</source>
        <translation>{no} · {status} · {payment} · refunded KRW {refunded:,} / {total:,}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>보류: {reason}</source>
        <translation>On hold: {reason}</translation>
    </message>
    <message>
        <source>번호</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>상품코드</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>상품명</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <source>옵션</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Option</translation>
    </message>
    <message>
        <source>수량</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Qty</translation>
    </message>
    <message>
        <source>취소</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>클레임</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>가능</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Claimable</translation>
    </message>
    <message>
        <source>단가</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>종류</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>상태</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>품목</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Items</translation>
    </message>
    <message>
        <source>환불액</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Refund</translation>
    </message>
    <message>
        <source>교환주문</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Exchange order</translation>
    </message>
    <message>
        <source>사유</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>재입고</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Restock</translation>
    </message>
    <message>
        <source>폐기</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Discard</translation>
    </message>
    <message>
        <source>요청</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Requested</translation>
    </message>
    <message>
        <source>회수완료</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Collected</translation>
    </message>
    <message>
        <source>입고완료</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>환불완료</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>완료</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>철회</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>반품</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Return</translation>
    </message>
    <message>
        <source>교환</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>결제전</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>상품준비중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Preparing (paid)</translation>
    </message>
    <message>
        <source>배송준비중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Ready to ship</translation>
    </message>
    <message>
        <source>배송중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>배송완료</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>구매확정</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>미결제</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>결제완료</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>부분환불</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Partly refunded</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/combine_dialog.py" line="+42" />
        <source>합포장 후보</source>
        <translation>Combined shipment candidates</translation>
    </message>
    <message>
        <location line="+5" />
        <source>받는 분 / 주문번호</source>
        <translation>Recipient / order no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1" />
        <source>연락처·주소</source>
        <translation>Phone · address</translation>
    </message>
    <message>
        <location line="+3" />
        <source>체크한 주문 합포장</source>
        <translation>Combine checked orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>체크한 주문 합포장 제외</source>
        <translation>Exclude checked orders from combining</translation>
    </message>
    <message>
        <location line="+3" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7" />
        <source>받는 분·연락처·주소가 같은 출고 전 주문</source>
        <translation>Orders not yet shipped with the same recipient, phone and address</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{0} ({1}건)</source>
        <translation>{0} ({1} orders)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>합포장할 수 있는 주문이 없습니다.</source>
        <translation>No orders can be combined.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{0}건을 합포장했습니다.</source>
        <translation>Combined {0} orders into one shipment.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0}건을 합포장에서 제외했습니다.</source>
        <translation>Excluded {0} orders from combining.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>합포장할 수 있는 주문이 더 없습니다.</source>
        <translation>No more orders can be combined.</translation>
    </message>
    <message>
        <source>결제전</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>상품준비중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Preparing (paid)</translation>
    </message>
    <message>
        <source>배송준비중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Ready to ship</translation>
    </message>
    <message>
        <source>배송중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>배송완료</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>구매확정</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>취소</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>CourierBandDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/courier_band_dialog.py" line="+36" />
        <source>송장번호 대역</source>
        <translation>Waybill number ranges</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>택배사</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+13" />
        <source>첫 번호</source>
        <translation>First number</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+14" />
        <source>끝 번호</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location line="-14" />
        <source>다음 번호</source>
        <translation>Next number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>남은 수</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+7" />
        <source>대역 등록</source>
        <translation>Add range</translation>
    </message>
    <message>
        <location line="+37" />
        <source>남은 번호가 적습니다: </source>
        <translation>Few numbers left: </translation>
    </message>
    <message>
        <location line="+2" />
        <source> — 새 대역을 등록하세요.</source>
        <translation> — add a new range.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>대역을 등록했습니다.</source>
        <translation>Range added.</translation>
    </message>
</context>
<context>
    <name>CourierFileDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/courier_file_dialog.py" line="+53" />
        <source>택배사 프로그램으로 송장번호 받기</source>
        <translation>Get waybill numbers from the courier's program</translation>
    </message>
    <message>
        <location line="+6" />
        <source>업로드 파일 내보내기…</source>
        <translation>Export upload file…</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>선택한 주문 %n건</source>
        <translation>
            <numerusform>%n selected order</numerusform>
            <numerusform>%n selected orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>송장번호가 없는 배송준비중 주문 전체</source>
        <translation>All Ready to ship orders without a waybill number</translation>
    </message>
    <message>
        <location line="+9" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송키</source>
        <translation>Shipment key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>송장번호</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3" />
        <source>파일 선택…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>적용</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1. 택배사</source>
        <translation>1. Courier</translation>
    </message>
    <message>
        <location line="+5" />
        <source>2. 결과 파일</source>
        <translation>2. Result file</translation>
    </message>
    <message>
        <location line="+22" />
        <source>업로드 파일 저장</source>
        <translation>Save upload file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>엑셀 (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n건을 내보냈습니다: </source>
        <translation>
            <numerusform>Exported %n order: </numerusform>
            <numerusform>Exported %n orders: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>결과 파일</source>
        <translation>Result file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>엑셀/CSV (*.xlsx *.xls *.csv)</source>
        <translation>Excel/CSV (*.xlsx *.xls *.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>송장번호를 적용했습니다: 주문 %n건</source>
        <translation>
            <numerusform>Waybill numbers applied: %n order</numerusform>
            <numerusform>Waybill numbers applied: %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>이미 적용됨</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Already applied</translation>
    </message>
    <message>
        <source>일치 없음</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>No match</translation>
    </message>
    <message>
        <source>중복</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>오류</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/database_dialog.py" line="+51" />
        <location line="+31" />
        <source>데이터베이스</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-28" />
        <source>이 PC의 파일 (SQLite) — 설정 없이 바로 사용</source>
        <translation>A file on this PC (SQLite) — works without setup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>공유 서버 (PostgreSQL) — 여러 PC가 함께 사용</source>
        <translation>Shared server (PostgreSQL) — for several PCs</translation>
    </message>
    <message>
        <location line="+6" />
        <source>다른 파일 열기…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>위치</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+11" />
        <source>서버</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2" />
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>포트</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2" />
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1" />
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>비밀번호는 운영체제의 암호 보관함에만 저장됩니다.</source>
        <translation>The password is stored only in the operating system's keyring.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>연결 시험</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>지금 사용 중: {0}</source>
        <translation>In use now: {0}</translation>
    </message>
    <message>
        <location line="+38" />
        <source>저장된 비밀번호 사용</source>
        <translation>Use the saved password</translation>
    </message>
    <message>
        <location line="+13" />
        <source>데이터베이스 파일 열기</source>
        <translation>Open database file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SQLite 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>주소, 데이터베이스, 사용자를 입력하세요. / Enter host, database, user.</source>
        <translation>Enter host, database and user.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>파일 위치를 입력하세요. / Enter the file location.</source>
        <translation>Enter the file location.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>연결하는 중…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>DeliveryImportDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/delivery_dialog.py" line="+46" />
        <source>배송완료 파일 가져오기</source>
        <translation>Import delivered file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>배송조회 결과 파일을 고르세요 (운송장번호, 배송완료일).</source>
        <translation>Choose the tracking result file (waybill number, delivery date).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>파일 선택…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0" />
        <source>송장번호</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>배송완료일</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>배송완료 처리</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location line="+3" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18" />
        <source>배송조회 결과 파일</source>
        <translation>Tracking result file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>스프레드시트 (*.xlsx *.xls *.ods *.csv);;모든 파일 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>{n}건을 배송완료로 처리했습니다.</source>
        <translation>Marked {n} orders as Delivered.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>송장 없음</source>
        <translation>No such waybill</translation>
    </message>
    <message>
        <location line="+8" />
        <source>발송 전: {why}</source>
        <translation>Not shipped yet: {why}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>파일 안에서 중복</source>
        <translation>Duplicate within the file</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/deposit_dialog.py" line="+58" />
        <source>입금 확인</source>
        <translation>Confirm deposits</translation>
    </message>
    <message>
        <location line="+3" />
        <source>입금 대기 주문</source>
        <translation>Orders awaiting deposit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>은행 거래내역으로 확인</source>
        <translation>Confirm from bank statement</translation>
    </message>
    <message>
        <location line="+3" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+31" />
        <source>주문번호</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>입금자·주문자</source>
        <translation>Depositor · buyer</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+29" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-28" />
        <source>주문일시</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금기한</source>
        <translation>Deposit deadline</translation>
    </message>
    <message>
        <location line="+6" />
        <source>선택한 주문 입금 확인</source>
        <translation>Confirm deposit of selected orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금기한 지난 주문 취소</source>
        <translation>Cancel orders past the deposit deadline</translation>
    </message>
    <message>
        <location line="+14" />
        <source>거래내역 파일 선택…</source>
        <translation>Choose statement file…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>입금</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location line="-3" />
        <source>매칭</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+3" />
        <source>주문 선택</source>
        <translation>Choose order</translation>
    </message>
    <message>
        <location line="+7" />
        <source>체크한 입금 확인 적용</source>
        <translation>Confirm checked deposits</translation>
    </message>
    <message>
        <location line="+6" />
        <source>확실한 매칭 (체크된 것만 적용)</source>
        <translation>Sure matches (only checked ones are applied)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>확인이 필요한 입금 — 주문을 직접 고르세요</source>
        <translation>Deposits to check — choose the order yourself</translation>
    </message>
    <message>
        <location line="+2" />
        <source>매칭되지 않은 입금과 읽지 못한 행</source>
        <translation>Unmatched deposits and unreadable rows</translation>
    </message>
    <message>
        <location line="+20" />
        <source>입금을 확인할 주문을 고르세요.</source>
        <translation>Select the orders whose deposit arrived.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+85" />
        <source>{0}건 입금 확인</source>
        <translation>Deposit confirmed for {0} orders</translation>
    </message>
    <message>
        <location line="-79" />
        <source>입금기한이 지난 주문 {0}건을 취소했습니다</source>
        <translation>Cancelled {0} orders past the deposit deadline</translation>
    </message>
    <message>
        <location line="+4" />
        <source>은행 거래내역</source>
        <translation>Bank statement</translation>
    </message>
    <message>
        <location line="+17" />
        <source>입금 {0}건: 확실한 매칭 {1}건 · 확인 필요 {2}건 · 매칭 없음 {3}건</source>
        <translation>{0} deposits: {1} sure matches · {2} to check · {3} unmatched</translation>
    </message>
    <message>
        <location line="+20" />
        <source>(적용 안 함)</source>
        <translation>(do not apply)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0}행 매칭 없음: {1}</source>
        <translation>Row {0} unmatched: {1}</translation>
    </message>
    <message>
        <location line="+28" />
        <source>적용할 입금이 없습니다.</source>
        <translation>No deposits to apply.</translation>
    </message>
    <message>
        <source>이름 일치</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Name matches</translation>
    </message>
    <message>
        <source>공백 무시 일치</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Matches ignoring spaces</translation>
    </message>
    <message>
        <source>이름 포함</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Name contains</translation>
    </message>
    <message>
        <source>직접 선택</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Chosen by hand</translation>
    </message>
</context>
<context>
    <name>DispatchDelayDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/hold_dialog.py" line="+111" />
        <source>발송지연 등록</source>
        <translation>Register dispatch delay</translation>
    </message>
    <message>
        <location line="+5" />
        <source>예: 입고 지연, 주문 제작</source>
        <translation>e.g. late receiving, made to order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>새 발송기한</source>
        <translation>New ship-by date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/dispatch_dialog.py" line="+36" />
        <source>판매채널 발송처리</source>
        <translation>Channel shipping confirmation</translation>
    </message>
    <message>
        <location line="+6" />
        <source>판매채널</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주문번호</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>택배사</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>송장번호</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>출력 시각</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <location line="+6" />
        <source>발송처리 파일 만들기…</source>
        <translation>Create shipping confirmation file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>송장을 출력했지만 판매채널에 알리지 않은 배송: %n건</source>
        <translation>
            <numerusform>Parcels printed but not yet reported to their channel: %n</numerusform>
            <numerusform>Parcels printed but not yet reported to their channel: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>판매채널에 알릴 배송이 없습니다.</source>
        <translation>No parcels to report to a channel.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>발송처리 파일 저장</source>
        <translation>Save shipping confirmation file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>엑셀 (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1건을 저장했습니다: %2</source>
        <translation>Saved %1 parcels: %2</translation>
    </message>
    <message>
        <source>네이버 스마트스토어</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Naver SmartStore</translation>
    </message>
    <message>
        <source>쿠팡</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Coupang</translation>
    </message>
    <message>
        <source>Cafe24</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Cafe24</translation>
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
    <name>FilePreviewDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/file_preview_dialog.py" line="+38" />
        <source>파일 선택…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>자동 인식</source>
        <translation>Detect automatically</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/first_run_dialog.py" line="+57" />
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
        <source>설정을 마친 뒤 파일 › 데이터베이스… 에서 서버 주소와 계정을 입력하세요. 서버에 연결하면 그 서버의 쇼핑몰 정보를 사용하므로, 위 칸은 비워 두어도 됩니다.</source>
        <translation>After this setup, enter the server address and account in File › Database…. Once connected, the server's shop details are used, so you may leave the fields above empty.</translation>
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
    <name>HoldDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/hold_dialog.py" line="-39" />
        <source>주문 보류</source>
        <translation>Put orders on hold</translation>
    </message>
    <message>
        <location line="+4" />
        <source>이 날짜까지 보류 (다음 날 자동 해제)</source>
        <translation>On hold until this date (released the next day)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>고객 요청</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Customer request</translation>
    </message>
    <message>
        <source>주소 확인 필요</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Address to be checked</translation>
    </message>
    <message>
        <source>입금 확인 중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Checking the deposit</translation>
    </message>
    <message>
        <source>재고 확인 중</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Checking stock</translation>
    </message>
    <message>
        <source>합포장 대기</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Waiting for combined shipment</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/import_dialog.py" line="+94" />
        <source>주문 파일 가져오기</source>
        <translation>Import order file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>열 직접 지정…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>판매처에서 내려받은 주문 파일을 고르세요.</source>
        <translation>Choose the order file downloaded from the channel.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1" />
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7" />
        <source>좋은 행 가져오기</source>
        <translation>Import good rows</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+165" />
        <location line="+9" />
        <location line="+6" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-170" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>양식</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+12" />
        <source>가져오지 않는 행</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <location line="+11" />
        <source>주문 파일</source>
        <translation>Order file</translation>
    </message>
    <message>
        <location line="+18" />
        <source>파일을 읽는 중…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>비밀번호가 없어 파일을 열지 않았습니다.</source>
        <translation>No password given; the file was not opened.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>파일의 양식을 알 수 없습니다. 양식을 고르거나 '열 직접 지정'을 누르세요.</source>
        <translation>The file's layout is unknown. Choose a layout or click 'Map columns'.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>비밀번호가 맞지 않습니다. 다시 입력하세요.</source>
        <translation>Wrong password. Please enter it again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>비밀번호로 보호된 파일입니다. 비밀번호를 입력하세요.</source>
        <translation>The file is password-protected. Enter the password.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>파일 비밀번호</source>
        <translation>File password</translation>
    </message>
    <message>
        <location line="+26" />
        <source>문제</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>건너뜀</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+8" />
        <source>[{0}] 새 주문 {1}건 (품목 {2}개) · 이미 가져온 주문 {3}건 · 문제 있는 행 {4}개 · 건너뛴 행 {5}개 · 파일 안의 중복 행 {6}개</source>
        <translation>[{0}] {1} new orders ({2} lines) · {3} already imported · {4} rows with problems · {5} rows skipped · {6} duplicate rows in the file</translation>
    </message>
    <message>
        <location line="+15" />
        <source>문제 행을 빼고 가져오기</source>
        <translation>Import without the problem rows</translation>
    </message>
    <message>
        <location line="+2" />
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+21" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9" />
        <source>주문 {0}건을 가져왔습니다. 상품 매칭이 필요한 품목 {1}개.</source>
        <translation>Imported {0} orders. {1} lines need product matching.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>가져오기를 취소했습니다. 아무것도 저장되지 않았습니다.</source>
        <translation>Import cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>실패했습니다: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/import_mapping_dialog.py" line="+45" />
        <source>열 지정</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(파일의 결제수단 열 / 없으면 신용카드)</source>
        <translation>(the file's payment column, or credit card)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>이 배치를 양식으로 저장</source>
        <translation>Save this mapping as a layout</translation>
    </message>
    <message>
        <location line="+2" />
        <source>양식 이름 (예: 11번가)</source>
        <translation>Layout name (e.g. 11st)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>시트</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>제목 행</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location line="+3" />
        <source>판매처 코드</source>
        <translation>Channel code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>기본 결제수단</source>
        <translation>Default payment method</translation>
    </message>
    <message>
        <location line="+6" />
        <source>미리보기 (처음 몇 행)</source>
        <translation>Preview (first rows)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>항목마다 파일의 열을 고르세요 (* 필수)</source>
        <translation>Choose the file's column for each field (* required)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>직접 지정</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+15" />
        <source>필수 항목의 열을 고르세요: {0}</source>
        <translation>Choose a column for the required fields: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>저장할 양식 이름을 입력하세요.</source>
        <translation>Enter a name for the layout.</translation>
    </message>
    <message>
        <source>주문번호</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>상품주문번호</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Line order no.</translation>
    </message>
    <message>
        <source>묶음배송번호</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Bundle no. (Coupang)</translation>
    </message>
    <message>
        <source>수취인</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>수취인 연락처</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Recipient phone</translation>
    </message>
    <message>
        <source>두 번째 연락처</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Second phone</translation>
    </message>
    <message>
        <source>우편번호</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>주소</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>상세주소</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Address details</translation>
    </message>
    <message>
        <source>배송메시지</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Delivery message</translation>
    </message>
    <message>
        <source>구매자</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>구매자 연락처</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Buyer phone</translation>
    </message>
    <message>
        <source>상품명</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <source>옵션</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Option</translation>
    </message>
    <message>
        <source>상품코드(SKU)</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>수량</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Qty</translation>
    </message>
    <message>
        <source>단가</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>상품별 금액</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Line amount</translation>
    </message>
    <message>
        <source>주문 결제금액</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Order total paid</translation>
    </message>
    <message>
        <source>배송비</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Shipping fee</translation>
    </message>
    <message>
        <source>결제수단</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>카드사</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Card company</translation>
    </message>
    <message>
        <source>할부개월</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Instalment months</translation>
    </message>
    <message>
        <source>승인번호</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Approval no.</translation>
    </message>
    <message>
        <source>입금은행</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Deposit bank</translation>
    </message>
    <message>
        <source>입금계좌</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Deposit account</translation>
    </message>
    <message>
        <source>입금자명</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Depositor name</translation>
    </message>
    <message>
        <source>입금기한</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Deposit deadline</translation>
    </message>
    <message>
        <source>주문상태</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Order status</translation>
    </message>
    <message>
        <source>주문일시</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Ordered at</translation>
    </message>
    <message>
        <source>결제일시</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>발송기한</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>신용카드</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>가상계좌</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>휴대폰결제</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <source>실시간 계좌이체</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Real-time transfer</translation>
    </message>
    <message>
        <source>무통장입금</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Bank deposit</translation>
    </message>
    <message>
        <source>네이버페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Naver Pay</translation>
    </message>
    <message>
        <source>카카오페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <source>삼성페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Samsung Pay</translation>
    </message>
    <message>
        <source>토스페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Toss Pay</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/label_dialog.py" line="+79" />
        <source>송장 출력</source>
        <extracomment>Numbers left in the courier's active bands (None: not numbered from a band). What printing changed (print counts, history), for the main window to broadcast. The preview is ready (number of pages).</extracomment>
        <translation>Print waybills</translation>
    </message>
    <message>
        <location line="+15" />
        <source>송장번호 대역에서 받기</source>
        <translation>From a waybill number range</translation>
    </message>
    <message>
        <location line="+1" />
        <source>택배사 결과파일로 받은 번호</source>
        <translation>Numbers from the courier's result file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>택배사 API (테스트용)</source>
        <translation>Courier API (for testing)</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>선택한 배송준비중 주문: %n건</source>
        <translation>
            <numerusform>Selected Ready to ship orders: %n</numerusform>
            <numerusform>Selected Ready to ship orders: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>택배사</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>송장번호</source>
        <translation>Waybill no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>라벨 양식</source>
        <translation>Label layout</translation>
    </message>
    <message>
        <location line="+1" />
        <source>시작 칸 (A4)</source>
        <translation>Start cell (A4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>미리보기 새로고침</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF 저장…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>피킹 리스트 PDF…</source>
        <translation>Picking list PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>패킹 리스트 PDF…</source>
        <translation>Packing list PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+77" />
        <source>라벨을 만드는 중…</source>
        <translation>Making labels…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>라벨 %1장, %2쪽</source>
        <translation>%1 labels, %2 pages</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>… 외 %n건</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>출력할 송장이 없습니다.</source>
        <translation>No waybills to print.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>송장번호 대역 잔여 {0}개 — 새 대역을 등록하세요.</source>
        <translation>{0} numbers left in the waybill ranges — add a new range.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>송장번호 대역 잔여 {0}개</source>
        <translation>{0} numbers left in the waybill ranges</translation>
    </message>
    <message>
        <location line="+4" />
        <source>라벨을 만들 수 없습니다: </source>
        <translation>Cannot make the labels: </translation>
    </message>
    <message>
        <location line="+20" />
        <source>송장 PDF 저장</source>
        <translation>Save waybill PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+56" />
        <source>PDF 파일 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="-52" />
        <source>PDF로 저장했습니다: </source>
        <translation>Saved as PDF: </translation>
    </message>
    <message>
        <location line="+14" />
        <source>프린터를 열 수 없습니다.</source>
        <translation>Cannot open the printer.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>인쇄했습니다.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>피킹 리스트 저장</source>
        <translation>Save picking list</translation>
    </message>
    <message>
        <location line="+5" />
        <source>패킹 리스트 저장</source>
        <translation>Save packing list</translation>
    </message>
    <message>
        <location line="+9" />
        <source>저장했습니다: </source>
        <translation>Saved: </translation>
    </message>
    <message>
        <source>100×150mm 감열 (1장/쪽)</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>100×150 mm thermal (1/page)</translation>
    </message>
    <message>
        <source>123×100mm CJ 표준</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>123×100 mm CJ standard</translation>
    </message>
    <message>
        <source>A4 2칸</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>A4, 2 per page</translation>
    </message>
    <message>
        <source>A4 3칸</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>A4, 3 per page</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_oms/ui/labels.py" line="+18" />
        <source>결제전</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품준비중</source>
        <translation>Preparing (paid)</translation>
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
        <source>구매확정</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+70" />
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-52" />
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
        <location line="+1" />
        <source>구매확정</source>
        <comment>action</comment>
        <translation>Confirm purchase</translation>
    </message>
    <message>
        <location line="+7" />
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
    <message>
        <location line="+11" />
        <source>작성중</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>발주완료</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>부분입고</source>
        <translation>Partly received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입고완료</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+9" />
        <source>입고</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할당</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할당해제</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+1" />
        <source>출고</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>반품입고</source>
        <translation>Return received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>재고조정</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WMS 동기화</source>
        <translation>WMS sync</translation>
    </message>
    <message>
        <location line="+1" />
        <source>기초재고</source>
        <translation>Opening stock</translation>
    </message>
    <message>
        <location line="+8" />
        <source>네이버 스마트스토어</source>
        <translation>Naver SmartStore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>쿠팡</source>
        <translation>Coupang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>일반 양식</source>
        <translation>Generic layout</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/login_dialog.py" line="+48" />
        <source>작업자 선택</source>
        <translation>Choose operator</translation>
    </message>
    <message>
        <location line="+4" />
        <source>대표</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0" />
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+6" />
        <source>숫자 4~12자리</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <location line="+8" />
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+5" />
        <source>작업자</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_oms/ui/main_window.py" line="+63" />
        <source>Desktop OMS — 주문관리</source>
        <translation>Desktop OMS — Orders</translation>
    </message>
    <message>
        <location line="+37" />
        <source>데이터베이스: {0}</source>
        <extracomment>On a server, PostgreSQL tells this PC at once (LISTEN/NOTIFY); the poll stays only as a slow safety net. SQLite has nobody to tell, so it polls every second.</extracomment>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>새로고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+224" />
        <source>데이터베이스 정보</source>
        <translation>Database information</translation>
    </message>
    <message>
        <location line="-223" />
        <source>설정…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>종료</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+229" />
        <source>정보</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-228" />
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
        <translation>Shi&amp;pping</translation>
    </message>
    <message>
        <location line="+3" />
        <source>도움말</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+4" />
        <source>주문 처리</source>
        <translation>Order actions</translation>
    </message>
    <message>
        <location line="+162" />
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
    <name>ManualOrderDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/manual_order_dialog.py" line="+50" />
        <source>전화 주문 입력</source>
        <translation>Enter phone order</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+16" />
        <source>상품</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="-14" />
        <source>상품코드·상품명·옵션 검색</source>
        <translation>Search SKU code, product or option</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+98" />
        <location line="+33" />
        <source> 원</source>
        <translation> KRW</translation>
    </message>
    <message>
        <location line="-130" />
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1" />
        <source>선택 줄 삭제</source>
        <translation>Delete selected lines</translation>
    </message>
    <message>
        <location line="+4" />
        <source>상품코드</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>수량</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="-9" />
        <location line="+11" />
        <source>단가</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="-10" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+31" />
        <source>{0} · 가용 {1}</source>
        <translation>{0} · {1} available</translation>
    </message>
    <message>
        <location line="+11" />
        <source>추가할 상품을 검색해서 고르세요.</source>
        <translation>Search for the product to add and select it.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>상품 합계 {0}원</source>
        <translation>Goods total KRW {0}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>배송 정보</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+7" />
        <source>숫자 5자리</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location line="+9" />
        <source>받는 분 *</source>
        <translation>Recipient *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>휴대전화 *</source>
        <translation>Mobile phone *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>추가 연락처</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>우편번호 *</source>
        <translation>Postal code *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주소 *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상세주소</source>
        <translation>Address details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송 요청사항</source>
        <translation>Delivery request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배송비</source>
        <translation>Shipping fee</translation>
    </message>
    <message>
        <location line="+6" />
        <source>결제</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+9" />
        <source>일시불</source>
        <translation>Lump sum</translation>
    </message>
    <message>
        <location line="+1" />
        <source> 개월</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+13" />
        <source>결제수단</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+2" />
        <source>카드사</source>
        <translation>Card company</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할부</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>승인번호</source>
        <translation>Approval no.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>입금 은행</source>
        <translation>Deposit bank</translation>
    </message>
    <message>
        <location line="+1" />
        <source>계좌번호</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금할 금액</source>
        <translation>Amount to deposit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금기한</source>
        <translation>Deposit deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입금자명</source>
        <translation>Depositor name</translation>
    </message>
    <message>
        <source>신용카드</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>가상계좌</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>휴대폰결제</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <source>실시간 계좌이체</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Real-time transfer</translation>
    </message>
    <message>
        <source>무통장입금</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Bank deposit</translation>
    </message>
    <message>
        <source>네이버페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Naver Pay</translation>
    </message>
    <message>
        <source>카카오페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <source>삼성페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Samsung Pay</translation>
    </message>
    <message>
        <source>토스페이</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Toss Pay</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/matching_dialog.py" line="+40" />
        <source>상품 매칭</source>
        <translation>Product matching</translation>
    </message>
    <message>
        <location line="+4" />
        <source>판매처</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>판매처 상품명</source>
        <translation>Channel product name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>옵션</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주문</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수량</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+6" />
        <source>상품코드·바코드·상품명·옵션으로 검색</source>
        <translation>Search by SKU code, barcode, product or option</translation>
    </message>
    <message>
        <location line="+2" />
        <source>선택한 SKU로 연결</source>
        <translation>Link to selected SKU</translation>
    </message>
    <message>
        <location line="+3" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10" />
        <source>매칭을 기다리는 판매처 상품</source>
        <translation>Channel products waiting for matching</translation>
    </message>
    <message>
        <location line="+3" />
        <source>우리 상품(SKU)</source>
        <translation>Our products (SKU)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>매칭을 기다리는 상품이 없습니다.</source>
        <translation>No products are waiting for matching.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{0} · 가용 {1}</source>
        <translation>{0} · {1} available</translation>
    </message>
    <message>
        <location line="+12" />
        <source>판매처 상품과 SKU를 하나씩 고르세요.</source>
        <translation>Select one channel product and one SKU.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'{0}'을(를) {1}에 연결했습니다 (주문 {2}건).</source>
        <translation>Linked '{0}' to {1} ({2} orders).</translation>
    </message>
</context>
<context>
    <name>NewPurchaseOrderDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/new_purchase_order_dialog.py" line="+33" />
        <source>새 발주</source>
        <translation>New purchase order</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(공급처 미지정)</source>
        <translation>(no supplier)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>한 줄에 하나씩: 상품코드 수량
예) TEE-BK-M 20</source>
        <translation>One per line: SKU code and quantity
e.g. TEE-BK-M 20</translation>
    </message>
    <message>
        <location line="+10" />
        <source>공급처</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>품목</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1" />
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0}번째 줄: '상품코드 수량' 형식이 아닙니다.</source>
        <translation>Line {0}: not in the form 'SKU code quantity'.</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/operators_dialog.py" line="+55" />
        <source>사용자 관리</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+27" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-28" />
        <location line="+29" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="-29" />
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+58" />
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="-57" />
        <location line="+57" />
        <source>대표</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-55" />
        <source>비워 두면 PIN 없음</source>
        <translation>Leave empty for no PIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2" />
        <source>숫자 4~12자리</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN 설정</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN 삭제</source>
        <translation>Remove PIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>역할 바꾸기</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+75" />
        <source>사용 중지</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="-66" />
        <source>새 사용자</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+6" />
        <source>선택한 사용자</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location line="+34" />
        <source>있음</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사용</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>중지</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+25" />
        <source>다시 사용</source>
        <translation>Enable again</translation>
    </message>
    <message>
        <location line="+2" />
        <source>직원으로 바꾸기</source>
        <translation>Make staff</translation>
    </message>
    <message>
        <location line="+0" />
        <source>대표로 바꾸기</source>
        <translation>Make owner</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{0}을(를) 추가했습니다.</source>
        <translation>Added {0}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>PIN을 지웠습니다.</source>
        <translation>PIN removed.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PIN을 바꿨습니다.</source>
        <translation>PIN changed.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{0}을(를) 바꿨습니다.</source>
        <translation>Changed {0}.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>권한 없음</source>
        <translation>Not permitted</translation>
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
        <location filename="../../desktop_oms/ui/detail_models.py" line="+86" />
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
    <name>OrderExportDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/order_export_dialog.py" line="+51" />
        <source>주문 엑셀 내보내기</source>
        <translation>Export orders to Excel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>개인정보가 그대로 저장됩니다.</source>
        <translation>Personal data is saved unmasked.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>이름·연락처·주소는 가려서 저장됩니다.</source>
        <translation>Names, phones and addresses are saved masked.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>택배사 접수</source>
        <translation>Courier booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>세무·회계 자료</source>
        <translation>Tax and accounting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>고객 문의 응대</source>
        <translation>Customer enquiry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>반품·교환 처리</source>
        <translation>Return or exchange</translation>
    </message>
    <message>
        <location line="+5" />
        <source>다운로드 사유 (필수, 접속기록에 남습니다)</source>
        <translation>Reason for the download (required, kept in the access log)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>내보내기</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+5" />
        <source>대상</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+16" />
        <source>선택한 주문 {0}건</source>
        <translation>{0} selected orders</translation>
    </message>
    <message>
        <location line="+2" />
        <source>상태 {0}의 모든 주문</source>
        <translation>All orders in status {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>모든 주문</source>
        <translation>All orders</translation>
    </message>
    <message>
        <location line="+8" />
        <source>저장할 파일</source>
        <translation>File to save</translation>
    </message>
    <message>
        <location line="+0" />
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>OrderLineTableModel</name>
    <message>
        <location filename="../../desktop_oms/ui/detail_models.py" line="-68" />
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
        <location filename="../../desktop_oms/ui/order_table_model.py" line="+56" />
        <source>주문번호</source>
        <extracomment>fetch(offset, limit, search) -&gt; one page of rows, newest first. Role giving the OrderRow of a row (for the window's selection handling).</extracomment>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>주문일시</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>판매채널</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="-8" />
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
        <location line="-6" />
        <source>상태 표시</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+7" />
        <source>송장번호</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <location line="+105" />
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
        <location filename="../../desktop_oms/ui/packing_dialog.py" line="+56" />
        <source>검수 (스캔 포장)</source>
        <translation>Packing check (scan and pack)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>송장번호 또는 주문번호를 스캔하세요</source>
        <translation>Scan a waybill number or order number</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+129" />
        <source>열린 송장 없음</source>
        <translation>No waybill open</translation>
    </message>
    <message>
        <location line="-125" />
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
        <source>스캔</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+13" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15" />
        <source>송장번호(또는 주문번호) 바코드를 스캔하세요.</source>
        <translation>Scan the waybill (or order number) barcode.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>송장 {waybill} · 주문 {orders} · 수취인 {name}</source>
        <translation>Waybill {waybill} · orders {orders} · recipient {name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>상품 바코드를 하나씩 스캔하세요. (Esc: 이 송장 취소)</source>
        <translation>Scan the product barcodes one by one. (Esc: drop this waybill)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>발송처리가 거부되었습니다: {reason}</source>
        <translation>Shipping was refused: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>발송 완료: 송장 {waybill} → 배송중. 다음 송장을 스캔하세요.</source>
        <translation>Shipped: waybill {waybill} → Shipped. Scan the next waybill.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>검수 {packed} / {total}</source>
        <translation>Checked {packed} / {total}</translation>
    </message>
    <message>
        <location line="+41" />
        <source>송장 검수를 취소했습니다. 다음 송장을 스캔하세요.</source>
        <translation>Packing check of the waybill dropped. Scan the next waybill.</translation>
    </message>
</context>
<context>
    <name>ProductImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/products_dialog.py" line="+273" />
        <source>상품목록 가져오기 — 미리보기</source>
        <translation>Import product list — preview</translation>
    </message>
    <message>
        <location line="+3" />
        <source>새로 추가</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수정</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1" />
        <source>가져올 수 없음</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location line="+4" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1" />
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
        <source>처리</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>문제</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+12" />
        <source>가져올 수 있는 행 {0}개 · 문제 있는 행 {1}개</source>
        <translation>{0} rows can be imported · {1} rows with problems</translation>
    </message>
    <message>
        <location line="+9" />
        <source>문제없는 {0}행 가져오기</source>
        <translation>Import the {0} good rows</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location line="-238" />
        <source>상품·SKU 관리</source>
        <translation>Products and SKUs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>상품코드·상품명·바코드 검색</source>
        <translation>Search SKU code, product or barcode</translation>
    </message>
    <message>
        <location line="+4" />
        <source>상품코드</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+55" />
        <source>상품명</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+55" />
        <source>옵션</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+55" />
        <source>바코드</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+55" />
        <source>공급처</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+55" />
        <source>원가</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+56" />
        <source>안전재고</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <location line="-55" />
        <source>위치</source>
        <translation>Location</translation>
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
        <location line="+16" />
        <source>판매중</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>새 SKU</source>
        <translation>New SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>엑셀로 내보내기</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>엑셀에서 가져오기…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>상품코드(SKU)</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+6" />
        <source>판매가</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+2" />
        <source>보관위치</source>
        <translation>Bin location</translation>
    </message>
    <message>
        <location line="+68" />
        <location line="+24" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location line="-8" />
        <source>상품목록 저장</source>
        <translation>Save product list</translation>
    </message>
    <message>
        <location line="+0" />
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>상품목록 가져오기</source>
        <translation>Import product list</translation>
    </message>
    <message>
        <location line="+2" />
        <source>스프레드시트 (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>새 SKU {0}개, 수정 {1}개를 가져왔습니다.</source>
        <translation>Imported {0} new SKUs and {1} changes.</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/purchase_order_dialog.py" line="+63" />
        <source>발주·입고</source>
        <translation>Purchase orders and receiving</translation>
    </message>
    <message>
        <location line="+4" />
        <source>발주번호</source>
        <translation>PO no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>공급처</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작성일</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수량</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+164" />
        <source>입고</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-163" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+6" />
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
        <source>발주</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입고됨</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>잔량</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>단가</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>이번 입고</source>
        <translation>Receive now</translation>
    </message>
    <message>
        <location line="+6" />
        <source>일시</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작업자</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>내용</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상세</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+9" />
        <source>상품코드 검색</source>
        <translation>Search SKU code</translation>
    </message>
    <message>
        <location line="+3" />
        <source>품목 추가</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>선택 품목 삭제</source>
        <translation>Remove selected line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>변경 저장</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>새로고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>재고부족에서 발주</source>
        <translation>Order what is short of stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>새 발주…</source>
        <translation>New purchase order…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>발주 전송 표시</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>발주 취소</source>
        <translation>Cancel purchase order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>엑셀로 저장</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF로 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>잔량 전부</source>
        <translation>All outstanding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>입고처리</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+43" />
        <source>'이번 입고' 칸에 받은 수량을 적으세요.</source>
        <translation>Enter the quantities received in the 'Receive now' column.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>이력 (최근 것부터)</source>
        <translation>History (newest first)</translation>
    </message>
    <message>
        <location line="+64" />
        <source>작성</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>수정</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>발주 전송</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>종료</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+15" />
        <source>발주서 {0}건을 만들었습니다.</source>
        <translation>Created {0} purchase orders.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>새로 발주할 수량이 없습니다.</source>
        <translation>Nothing new to order.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>발주서 {0}을(를) 만들었습니다.</source>
        <translation>Created purchase order {0}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>저장하지 않은 수정이 있습니다 — 먼저 '변경 저장'을 누르세요.</source>
        <translation>There are unsaved changes — press 'Save changes' first.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{0}: 발주완료로 표시했습니다.</source>
        <translation>{0}: marked as sent.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0}: 발주를 취소했습니다.</source>
        <translation>{0}: purchase order cancelled.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{0}: 수정했습니다 — {1}</source>
        <translation>{0}: edited — {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0}: 바뀐 것이 없습니다.</source>
        <translation>{0}: nothing changed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>추가할 상품코드를 입력하세요.</source>
        <translation>Enter the SKU code to add.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>삭제할 품목을 고르세요.</source>
        <translation>Select the line to remove.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>받은 수량을 '이번 입고' 칸에 적으세요.</source>
        <translation>Enter the quantities received in the 'Receive now' column.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>이미 처리된 입고입니다.</source>
        <translation>This receipt was already recorded.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0}: {1} — 대기주문 {2}건에 재고를 할당했고 {3}건을 배송준비중으로 옮겼습니다.</source>
        <translation>{0}: {1} — stock reserved for {2} waiting orders, {3} moved to Ready to ship.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF 파일 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>발주서 저장</source>
        <translation>Save purchase order</translation>
    </message>
    <message>
        <location line="+12" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/purge_dialog.py" line="+48" />
        <source>개인정보 파기</source>
        <extracomment>The purge finished; the main window broadcasts the Changes so views refresh.</extracomment>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <location line="+6" />
        <source>파기한 개인정보는 되돌릴 수 없음을 확인했습니다 (금액·상품·날짜는 남습니다)</source>
        <translation>I understand purged personal data cannot be restored (amounts, goods and dates remain)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>파기</source>
        <translation>Purged</translation>
    </message>
    <message>
        <location line="+15" />
        <source>보관기간 {0}년: {1} 이전에 구매확정되었거나 취소된 주문 {2}건의 수취인·구매자 이름, 연락처, 주소, 배송메시지를 파기합니다.</source>
        <translation>Retention {0} years: purges the recipient and buyer names, phones, addresses and delivery messages of {2} orders confirmed or cancelled before {1}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source> 외 {0}건</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location line="+20" />
        <source>파기하는 중…</source>
        <translation>Purging…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{0}건의 개인정보를 파기했습니다.</source>
        <translation>Purged the personal data of {0} orders.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>파기하지 못했습니다: {0}</source>
        <translation>Could not purge: {0}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>권한 없음</source>
        <translation>Not permitted</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/reveal_dialog.py" line="+39" />
        <source>개인정보 보기</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <location line="+4" />
        <source>주문 {0}건의 개인정보를 봅니다. 열람 기록(작업자, 시각, 사유)이 남습니다.</source>
        <translation>Shows the personal data of {0} orders. The access (operator, time, reason) is logged.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>예: 고객 배송 문의</source>
        <translation>e.g. customer delivery enquiry</translation>
    </message>
    <message>
        <location line="+7" />
        <source>보기</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+28" />
        <source>수취인: {0} ({1})</source>
        <translation>Recipient: {0} ({1})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주소: ({0}) {1}</source>
        <translation>Address: ({0}) {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>구매자: {0} ({1})</source>
        <translation>Buyer: {0} ({1})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>배송메시지: {0}</source>
        <translation>Delivery message: {0}</translation>
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
        <location line="+9" />
        <source>송장에 이름·전화번호 가리기 (홍*동, 010-1234-****)</source>
        <translation>Mask labels (홍*동, 010-1234-****)</translation>
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
        <translation>Auto Ready to ship when receiving reserves stock</translation>
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
        <location line="+8" />
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
    <name>ShortageView</name>
    <message>
        <location filename="../../desktop_oms/ui/shortage_view.py" line="+54" />
        <source>재고부족 주문</source>
        <translation>Orders short of stock</translation>
    </message>
    <message>
        <location line="+3" />
        <source>새로고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+8" />
        <source>공급처 / 상품코드</source>
        <translation>Supplier / SKU code</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+57" />
        <source>상품명</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="-56" />
        <location line="+61" />
        <source>부족</source>
        <translation>Short</translation>
    </message>
    <message>
        <location line="-60" />
        <location line="+62" />
        <source>발주중</source>
        <translation>On order</translation>
    </message>
    <message>
        <location line="-61" />
        <location line="+62" />
        <source>발주 제안</source>
        <translation>Suggested order</translation>
    </message>
    <message>
        <location line="-57" />
        <source>주문번호</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>결제일시</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location line="+3" />
        <source>수취인</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>상품</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1" />
        <source>부족 품목</source>
        <translation>Short lines</translation>
    </message>
    <message>
        <location line="+1" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+7" />
        <source>SKU별</source>
        <translation>By SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>공급처별</source>
        <translation>By supplier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>주문별</source>
        <translation>By order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>발주서 만들기 (공급처별)</source>
        <translation>Create purchase orders (per supplier)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>가용재고로 할당</source>
        <translation>Reserve available stock</translation>
    </message>
    <message>
        <location line="+3" />
        <source>재고조정·WMS 동기화·반품으로 생긴 가용재고를 결제가 오래된 주문부터 할당합니다.</source>
        <translation>Reserves stock freed by adjustments, WMS sync or returns, oldest payment first.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>선택 주문 취소</source>
        <translation>Cancel selected orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>안내문 양식…</source>
        <translation>Notice template…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>주문을 취소하면 고객 안내문이 여기에 나옵니다.</source>
        <translation>The customer notice appears here when you cancel orders.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>안내문 복사</source>
        <translation>Copy notice</translation>
    </message>
    <message>
        <location line="+12" />
        <source>상품코드</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>옵션</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1" />
        <source>공급처</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>대기 수량</source>
        <translation>Waiting qty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>가용</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+2" />
        <source>안전재고</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <location line="+3" />
        <source>주문 수</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+11" />
        <source>취소 사유</source>
        <translation>Cancel reason</translation>
    </message>
    <message>
        <location line="+47" />
        <source>재고부족 주문 {0:,}건 · SKU {1:,}개</source>
        <translation>{0:,} orders short of stock · {1:,} SKUs</translation>
    </message>
    <message>
        <location line="+16" />
        <source>발주서 {0}건을 만들었습니다: {1}</source>
        <translation>Created {0} purchase orders: {1}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>새로 발주할 수량이 없습니다 (이미 발주중).</source>
        <translation>Nothing new to order (already on order).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>공급처가 없어 빠진 SKU: {0}</source>
        <translation>SKUs left out for lack of a supplier: {0}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>대기주문 {0}건에 재고를 할당했습니다 (배송준비중으로 이동 {1}건).</source>
        <translation>Stock reserved for {0} waiting orders ({1} moved to Ready to ship).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>취소할 주문을 '주문별' 탭에서 선택하세요.</source>
        <translation>Select the orders to cancel in the 'By order' tab.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>취소 사유를 입력하세요.</source>
        <translation>Enter a cancel reason.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>주문 취소</source>
        <translation>Cancel orders</translation>
    </message>
    <message>
        <location line="+2" />
        <source>주문 {0}건을 취소합니다. 할당된 재고는 풀리고 환불이 기록됩니다.
사유: {1}</source>
        <translation>Cancel {0} orders? Reserved stock is released and refunds are recorded.
Reason: {1}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{0}건을 취소했습니다.</source>
        <translation>Cancelled {0} orders.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>고객 안내문 양식</source>
        <translation>Customer notice template</translation>
    </message>
    <message>
        <location line="+1" />
        <source>쓸 수 있는 이름: {수취인} {주문번호} {상품} {사유} {금액} {쇼핑몰}</source>
        <translation>Names you can use: {수취인} (recipient) {주문번호} (order no.) {상품} (goods) {사유} (reason) {금액} (amount) {쇼핑몰} (shop)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>안내문 양식을 저장했습니다.</source>
        <translation>Notice template saved.</translation>
    </message>
    <message>
        <source>품절 (재입고 불가)</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Sold out (no restock)</translation>
    </message>
    <message>
        <source>단종</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Discontinued</translation>
    </message>
    <message>
        <source>공급처 품절</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Sold out at supplier</translation>
    </message>
    <message>
        <source>고객 요청</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Customer request</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_oms/ui/application.py" line="+90" />
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
        <location line="+48" />
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
        <location filename="../../desktop_oms/ui/order_tabs.py" line="+39" />
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
    <name>StockAdjustDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/stock_adjust_dialog.py" line="+31" />
        <source>재고 조정 (실사)</source>
        <translation>Stock adjustment (stock count)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>상품코드</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>실사 수량 (현재고)</source>
        <translation>Counted quantity (on hand)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+9" />
        <source>현재고 {0:,} · 할당 {1:,} (할당보다 적게 조정할 수 없습니다)</source>
        <translation>On hand {0:,} · reserved {1:,} (cannot go below reserved)</translation>
    </message>
    <message>
        <source>재고실사</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>파손</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>분실</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>샘플 사용</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Used as sample</translation>
    </message>
    <message>
        <source>오입고 정정</source>
        <extracomment>added by update_translations.py: value of self.tr(variable)</extracomment>
        <translation>Receiving correction</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../desktop_oms/ui/stock_panel.py" line="+120" />
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
        <source>재고부족만</source>
        <translation>Short of stock only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>기다리는 재고부족 주문이 있는 상품만</source>
        <translation>Only products with orders waiting for stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>안전재고 이하만</source>
        <translation>At or below safety only</translation>
    </message>
    <message>
        <location line="+46" />
        <source>이 숫자는 왜? (재고 원장)</source>
        <translation>Why this number? (stock ledger)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>재고 조정(실사)…</source>
        <translation>Adjust stock (stock count)…</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location line="-119" />
        <source>상품코드</source>
        <extracomment>fetch(only_short, only_below_safety, search) -&gt; the SKU rows to show. Typical contents, to size the columns without measuring every row.</extracomment>
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
        <location line="+24" />
        <source>가용재고 {0}개 — 안전재고 {1}개 이하</source>
        <translation>{0} available — at or below safety stock {1}</translation>
    </message>
</context>
<context>
    <name>StockWhyDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/stock_why_dialog.py" line="+33" />
        <source>재고 원장 — 이 숫자는 왜?</source>
        <translation>Stock ledger — why this number?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>상품코드(SKU)</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>조회</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3" />
        <source>일시</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>재고 증감</source>
        <translation>On hand ±</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할당 증감</source>
        <translation>Reserved ±</translation>
    </message>
    <message>
        <location line="+1" />
        <source>재고</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할당</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>문서</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>출처</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>작업자</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8" />
        <source>상품코드</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{code} {name} {option} — 현재고 {on_hand:,} · 할당 {reserved:,} · 가용 {available:,}</source>
        <translation>{code} {name} {option} — on hand {on_hand:,} · reserved {reserved:,} · available {available:,}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/transfer_dialog.py" line="+33" />
        <source>공유 서버로 데이터 옮기기</source>
        <translation>Move the data to the shared server</translation>
    </message>
    <message>
        <location line="+13" />
        <source>표</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0" />
        <source>이 PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>서버</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+4" />
        <source>옮기기</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+13" />
        <source>먼저 파일 › 데이터베이스 연결에서 공유 서버를 설정하고 연결을 확인하세요.
First set up and test the shared server in File › Database connection.</source>
        <translation>First set up and test the shared server in File › Database connection.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>이 PC의 데이터({0})를 비어 있는 서버 데이터베이스({1})로 복사하고, 표마다 건수를 비교합니다. 서버에 데이터가 있으면 복사하지 않습니다.</source>
        <translation>Copies this PC's data ({0}) into the empty server database ({1}) and compares the row count of every table. Nothing is copied if the server already holds data.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>데이터 옮기기</source>
        <translation>Move the data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>지금 복사를 시작할까요? 다른 PC는 그동안 이 파일을 쓰지 않아야 합니다.</source>
        <translation>Start copying now? No other PC may use this file meanwhile.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>옮기는 중…</source>
        <translation>Moving…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>옮겼습니다: {0:,}행, 모든 표의 건수가 같습니다.</source>
        <translation>Moved {0:,} rows; every table's count matches.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>건수가 다른 표가 있습니다: {0}</source>
        <translation>Counts differ in: {0}</translation>
    </message>
</context>
<context>
    <name>WmsSyncDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/wms_sync_dialog.py" line="+47" />
        <source>WMS 재고 동기화</source>
        <translation>WMS stock sync</translation>
    </message>
    <message>
        <location line="+3" />
        <source>자동 (상품코드/SKU/품목코드)</source>
        <translation>Automatic (SKU code / item code)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>자동 (수량/재고/가용재고)</source>
        <translation>Automatic (quantity / stock / available)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>배치 저장…</source>
        <translation>Save layout…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>차이 보기</source>
        <translation>Show differences</translation>
    </message>
    <message>
        <location line="+3" />
        <source>상품코드</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>프로그램 재고</source>
        <translation>Our stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WMS 수량</source>
        <translation>WMS qty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>차이</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>할당</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+11" />
        <source>차이 적용</source>
        <translation>Apply differences</translation>
    </message>
    <message>
        <location line="+11" />
        <source>WMS 파일</source>
        <translation>WMS file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>배치</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+2" />
        <source>코드 열</source>
        <translation>Code column</translation>
    </message>
    <message>
        <location line="+2" />
        <source>수량 열</source>
        <translation>Quantity column</translation>
    </message>
    <message>
        <location line="+11" />
        <source>쓸 수 없는 행</source>
        <translation>Unusable rows</translation>
    </message>
    <message>
        <location line="+18" />
        <source>배치 저장</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <location line="+0" />
        <source>이 WMS 배치의 이름</source>
        <translation>Name of this WMS layout</translation>
    </message>
    <message>
        <location line="+7" />
        <source>WMS 재고 파일</source>
        <translation>WMS stock file</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{0}행: 없는 상품코드 {1}</source>
        <translation>Row {0}: unknown SKU code {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}행: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>적용할 차이 {0}건 · 같음 {1}건 · 없는 코드 {2}건 · 잘못된 행 {3}건</source>
        <translation>{0} differences to apply · {1} equal · {2} unknown codes · {3} bad rows</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{0}개 SKU를 WMS 수량으로 맞췄습니다.</source>
        <translation>Set {0} SKUs to the WMS quantity.</translation>
    </message>
</context>
<context>
    <name>_OrdersDialog</name>
    <message>
        <location filename="../../desktop_oms/ui/hold_dialog.py" line="-46" />
        <source>선택한 주문 {n}건</source>
        <translation>{n} selected orders</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>클레임 처리 (취소·반품·교환)</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menu_openers.py:69</extracomment>
        <translation>Claims (cancel, return, exchange)</translation>
    </message>
    <message>
        <source>데이터베이스 연결</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menu_openers.py:148</extracomment>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>저장했습니다. 프로그램을 다시 시작하면 이 데이터베이스를 사용합니다.
Saved. The program uses this database from its next start.</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menu_openers.py:149</extracomment>
        <translation>Saved. The program uses this database from its next start.</translation>
    </message>
    <message>
        <source>주문 파일 가져오기…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:56</extracomment>
        <translation>Import order file…</translation>
    </message>
    <message>
        <source>전화 주문 입력…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:64</extracomment>
        <translation>Enter phone order…</translation>
    </message>
    <message>
        <source>상품 매칭…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:69</extracomment>
        <translation>Product matching…</translation>
    </message>
    <message>
        <source>입금 확인…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:70</extracomment>
        <translation>Confirm deposits…</translation>
    </message>
    <message>
        <source>합포장 후보…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:71</extracomment>
        <translation>Combined shipment candidates…</translation>
    </message>
    <message>
        <source>보류…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:75</extracomment>
        <translation>Put on hold…</translation>
    </message>
    <message>
        <source>보류 해제</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:83</extracomment>
        <translation>Release hold</translation>
    </message>
    <message>
        <source>발송지연 등록…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:91</extracomment>
        <translation>Register dispatch delay…</translation>
    </message>
    <message>
        <source>클레임 (취소·반품·교환)…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:99</extracomment>
        <translation>Claims (cancel, return, exchange)…</translation>
    </message>
    <message>
        <source>엑셀로 내보내기…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:103</extracomment>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>개인정보 보기…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:107</extracomment>
        <translation>Show personal data…</translation>
    </message>
    <message>
        <source>상품·SKU 관리…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:112</extracomment>
        <translation>Products and SKUs…</translation>
    </message>
    <message>
        <source>재고부족 주문…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:114</extracomment>
        <translation>Orders short of stock…</translation>
    </message>
    <message>
        <source>발주·입고…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:119</extracomment>
        <translation>Purchase orders and receiving…</translation>
    </message>
    <message>
        <source>재고 조정(실사)…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:123</extracomment>
        <translation>Adjust stock (stock count)…</translation>
    </message>
    <message>
        <source>WMS 재고 동기화…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:124</extracomment>
        <translation>WMS stock sync…</translation>
    </message>
    <message>
        <source>재고 원장 (이 숫자는 왜?)…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:125</extracomment>
        <translation>Stock ledger (why this number?)…</translation>
    </message>
    <message>
        <source>송장 출력…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:129</extracomment>
        <translation>Print waybills…</translation>
    </message>
    <message>
        <source>택배사 파일 (송장번호 받기)…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:137</extracomment>
        <translation>Courier file (get waybill numbers)…</translation>
    </message>
    <message>
        <source>송장번호 대역…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:141</extracomment>
        <translation>Waybill number ranges…</translation>
    </message>
    <message>
        <source>검수 (스캔 출고)…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:145</extracomment>
        <translation>Packing check (scan and ship)…</translation>
    </message>
    <message>
        <source>배송완료 파일 가져오기…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:153</extracomment>
        <translation>Import delivered file…</translation>
    </message>
    <message>
        <source>판매채널 발송처리 파일…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:160</extracomment>
        <translation>Channel shipping confirmation file…</translation>
    </message>
    <message>
        <source>데이터베이스 연결…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:167</extracomment>
        <translation>Database connection…</translation>
    </message>
    <message>
        <source>백업·복원…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:171</extracomment>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>공유 서버로 데이터 옮기기…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:175</extracomment>
        <translation>Move the data to the shared server…</translation>
    </message>
    <message>
        <source>사용자 관리…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:180</extracomment>
        <translation>Users…</translation>
    </message>
    <message>
        <source>개인정보 접속기록…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:185</extracomment>
        <translation>Personal data access log…</translation>
    </message>
    <message>
        <source>개인정보 파기…</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:189</extracomment>
        <translation>Purge personal data…</translation>
    </message>
    <message>
        <source>권한 없음</source>
        <extracomment>added by update_translations.py: desktop_oms/ui/menus.py:239</extracomment>
        <translation>Not permitted</translation>
    </message>
</context>
</TS>
