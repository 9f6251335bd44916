// The Khánh Hòa Department of Science and Technology's 2021 announcement, field by field as
// data/announcement-2021-skhcn-khanhhoa.txt states it (the seed test checks each against the text).

export const announcement2021 = {
  title:
    'Triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2021 của Sở Khoa học và Công nghệ',
  theme:
    'Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái nhằm thực hiện bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới',
  window: { start: '2021-11-15', end: '2021-12-15' },
  // The page closes the first message with a stray ” and both with a full stop; the JSON
  // fixture records them clean, as the campaign published them.
  messages: [
    'Bình đẳng giới là chìa khóa để chấm dứt bạo lực đối với phụ nữ và trẻ em',
    'Giãn cách xã hội, kết nối yêu thương',
  ],
  // Four activities: the page's third paragraph holds two, joined by " - ".
  activities: [
    'Phổ biến nội dung Kế hoạch số 10909/KH-UBND ngày 01/11/2021 của UBND tỉnh Khánh Hòa về việc Triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2021 trên địa bàn tỉnh Khánh Hòa; Tuyên truyền về các chủ đề, thông điệp và các hoạt động của Tháng hành động năm 2021 đến công chức, viên chức và người lao động của Sở.',
    'Tăng cường sự lãnh đạo của cấp ủy Đảng, chính quyền trong việc triển khai, thực hiện, tuyên truyền công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.',
    'Nâng cao hơn nữa hiệu quả hoạt động của Ban Vì sự tiến bộ của phụ nữ của Sở Khoa học và Công nghệ.',
    'Triển khai, nắm bắt kịp thời, có hiệu quả các chính sách hỗ trợ phụ nữ và trẻ em gặp khó khăn do đại dịch Covid-19; cung cấp các thông tin dịch vụ hỗ trợ bình đẳng giới và ứng phó với bạo lực trên cơ sở giới tăng cường công tác truyền thông, tư vấn, hỗ trợ phụ nữ và trẻ em trong bối cảnh dịch bệnh Covid-19 đang diễn biến phức tạp, tuyên truyền cho công chức, viên chức và người lao động Sở biết, đồng thời tổ chức các hoạt động hỗ trợ nữ công chức, viên chức và người lao động của Sở gặp khó khăn do ảnh hưởng của dịch Covid-19.',
  ],
  // Verbatim, including the page's missing hyphen in 2768/SLĐTBXH-BTXHTEBĐG.
  introduction:
    'Sở Khoa học và Công nghệ đã nhận Công văn số 2768/SLĐTBXHBTXHTEBĐG ngày 05/11/2021 của Sở Lao động - Thương binh và Xã hội về việc hướng dẫn triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2021 trên địa bàn tỉnh Khánh Hòa. Sở Khoa học và Công nghệ xây dựng Kế hoạch triển khai thực hiện với các nội dung như sau:',
  documents: [
    {
      type: 'Công văn',
      number: '2768/SLĐTBXH-BTXHTEBĐG',
      date: '2021-11-05',
      issuer: 'Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa',
      summary:
        'Hướng dẫn triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2021 trên địa bàn tỉnh Khánh Hòa',
    },
    {
      type: 'Kế hoạch',
      number: '10909/KH-UBND',
      date: '2021-11-01',
      issuer: 'UBND tỉnh Khánh Hòa',
      summary:
        'Triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2021 trên địa bàn tỉnh Khánh Hòa',
    },
  ],
  author: 'Xuân Phương',
  publishedOn: '2021-11-11',
  planTitle: 'Kế hoạch triển khai chi tiết (tệp minh họa)',
} as const
