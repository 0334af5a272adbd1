<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling" labelsEnabled="0" version="3.22.16-Białowieża">
  <renderer-v2 labelDistanceFactor="0.5" toleranceUnitScale="3x:0,0,0,0,0,0" enableorderby="0" circleWidth="0.2" symbollevels="0" labelColor="0,0,0,255" circleRadiusAddition="1.2" placement="1" tolerance="2" circleColor="138,138,138,255" referencescale="-1" labelAttributeName="" type="pointDisplacement" maxLabelScaleDenominator="0" forceraster="0" toleranceUnit="MM">
    <labelFontProperties style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
    <renderer-v2 enableorderby="0" attr="donor_country" symbollevels="0" referencescale="-1" type="categorizedSymbol" forceraster="0">
      <categories>
        <category symbol="0" value="US" label="United States" render="true"/>
        <category symbol="1" value="KR" label="Korea" render="true"/>
        <category symbol="2" value="JP" label="Japan" render="true"/>
        <category symbol="3" value="CN" label="China" render="true"/>
        <category symbol="4" value="AU" label="Australia" render="true"/>
        <category symbol="5" value="SG" label="Singapore" render="true"/>
        <category symbol="6" value="XM" label="Multilateral" render="true"/>
        <category symbol="7" value="" label="Other" render="true"/>
      </categories>
      <symbols>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,114,178,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,114,178,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="213,94,0,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="213,94,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="2">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,158,115,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,158,115,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="3">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="204,121,167,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="204,121,167,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="4">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="86,180,233,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="86,180,233,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="5">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="240,228,66,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="240,228,66,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="6">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="230,159,0,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="230,159,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="7">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="127,127,127,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="127,127,127,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.4"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="name">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
      <rotation/>
      <sizescale/>
    </renderer-v2>
    <symbol force_rhr="0" clip_to_extent="1" alpha="1" type="marker" name="centerSymbol">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </data_defined_properties>
      <layer locked="0" class="SimpleMarker" pass="0" enabled="1">
        <Option type="Map">
          <Option value="0" type="QString" name="angle"/>
          <Option value="square" type="QString" name="cap_style"/>
          <Option value="0,0,0,0" type="QString" name="color"/>
          <Option value="1" type="QString" name="horizontal_anchor_point"/>
          <Option value="bevel" type="QString" name="joinstyle"/>
          <Option value="circle" type="QString" name="name"/>
          <Option value="0,0" type="QString" name="offset"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
          <Option value="MM" type="QString" name="offset_unit"/>
          <Option value="35,35,35,255" type="QString" name="outline_color"/>
          <Option value="solid" type="QString" name="outline_style"/>
          <Option value="0" type="QString" name="outline_width"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
          <Option value="MM" type="QString" name="outline_width_unit"/>
          <Option value="diameter" type="QString" name="scale_method"/>
          <Option value="0" type="QString" name="size"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
          <Option value="MM" type="QString" name="size_unit"/>
          <Option value="1" type="QString" name="vertical_anchor_point"/>
        </Option>
        <prop k="angle" v="0"/>
        <prop k="cap_style" v="square"/>
        <prop k="color" v="0,0,0,0"/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="bevel"/>
        <prop k="name" v="circle"/>
        <prop k="offset" v="0,0"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="35,35,35,255"/>
        <prop k="outline_style" v="solid"/>
        <prop k="outline_width" v="0"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="scale_method" v="diameter"/>
        <prop k="size" v="0"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="MM"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>0</layerGeometryType>
</qgis>
